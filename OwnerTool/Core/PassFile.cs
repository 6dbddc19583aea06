// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>
    /// What an admin hands a guest (JSON, mode 0600): the pass body and the guest key derived for it. The guest
    /// key is secret; the pass works without the admin's key file and without contacting the device to issue it.
    /// </summary>
    public sealed class PassFile
    {
        /// <summary>The format version this tool writes.</summary>
        public const int CurrentVersion = 1;

        /// <summary>Gets or sets the format version.</summary>
        public int Version { get; set; } = CurrentVersion;

        /// <summary>Gets or sets the device id (hex).</summary>
        public string DeviceId { get; set; }

        /// <summary>Gets or sets the device's name at the issuer.</summary>
        public string DeviceName { get; set; }

        /// <summary>Gets or sets the device kind.</summary>
        public string Kind { get; set; }

        /// <summary>Gets or sets the issuing admin's key id.</summary>
        public int IssuerKeyId { get; set; }

        /// <summary>Gets or sets the pass id.</summary>
        public uint PassId { get; set; }

        /// <summary>Gets or sets the 27-byte pass body (hex).</summary>
        public string Pass { get; set; }

        /// <summary>Gets or sets the guest master key (hex, secret).</summary>
        public string GuestKey { get; set; }

        /// <summary>Gets or sets the allowed action names (informational: the body's mask decides).</summary>
        public string[] Actions { get; set; }

        /// <summary>Gets or sets the uses allowed.</summary>
        public int Uses { get; set; }

        /// <summary>Gets or sets the expiry (UTC, ISO 8601; informational).</summary>
        public string Expires { get; set; }

        /// <summary>Gets or sets the guest's next command counter.</summary>
        public long NextCounter { get; set; } = 1;

        /// <summary>Gets or sets the highest device counter the guest accepted.</summary>
        public long ReceivedHighest { get; set; }
    }
}
