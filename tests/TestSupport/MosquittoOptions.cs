// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace TestSupport
{
    /// <summary>What a test broker offers beyond an anonymous plain listener.</summary>
    public sealed class MosquittoOptions
    {
        /// <summary>Gets or sets a value indicating whether sessions and queued messages survive a graceful restart.</summary>
        public bool Persistence { get; set; }

        /// <summary>Gets or sets whether clients without a user name may connect (default true; never with <see cref="Users"/>).</summary>
        public bool AllowAnonymous { get; set; } = true;

        /// <summary>Gets or sets the text of an ACL file (mosquitto's acl_file), or null for none.</summary>
        public string AclText { get; set; }

        /// <summary>Gets logins (user, password); any entry turns anonymous access off.</summary>
        public Dictionary<string, string> Users { get; } = new Dictionary<string, string>();

        /// <summary>Gets or sets the PEM server certificate: the main listener then speaks TLS only.</summary>
        public string TlsCertificateFile { get; set; }

        /// <summary>Gets or sets the PEM private key of <see cref="TlsCertificateFile"/>.</summary>
        public string TlsKeyFile { get; set; }

        /// <summary>Gets or sets a value indicating whether a second, plain TCP listener runs beside a TLS one (for clients without TLS).</summary>
        public bool PlainListener { get; set; }

        /// <summary>Gets or sets a value indicating whether a further listener speaks MQTT over WebSockets (plain).</summary>
        public bool WebSockets { get; set; }
    }
}
