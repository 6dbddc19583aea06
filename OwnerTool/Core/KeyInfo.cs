// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>One key in a device's key list.</summary>
    public sealed class KeyInfo
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="keyId">Key id.</param>
        /// <param name="role">Role name.</param>
        /// <param name="fingerprint">First 8 bytes of the owner public key, hex.</param>
        public KeyInfo(int keyId, string role, string fingerprint)
        {
            KeyId = keyId;
            Role = role;
            Fingerprint = fingerprint;
        }

        /// <summary>Gets the key id.</summary>
        public int KeyId { get; }

        /// <summary>Gets the role.</summary>
        public string Role { get; }

        /// <summary>Gets the fingerprint.</summary>
        public string Fingerprint { get; }
    }
}
