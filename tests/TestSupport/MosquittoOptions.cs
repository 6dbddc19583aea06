// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace TestSupport
{
    /// <summary>How a test's <see cref="MosquittoBroker"/> is configured beyond the loopback listener.</summary>
    public sealed class MosquittoOptions
    {
        /// <summary>Gets or sets whether clients without a user name may connect (default true).</summary>
        public bool AllowAnonymous { get; set; } = true;

        /// <summary>Gets the password logins (user name to password); written with mosquitto_passwd.</summary>
        public Dictionary<string, string> Users { get; } = new Dictionary<string, string>();

        /// <summary>Gets or sets the text of an ACL file (mosquitto's acl_file), or null for none.</summary>
        public string AclText { get; set; }
    }
}
