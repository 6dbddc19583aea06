// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace OwnerTool.Core
{
    /// <summary>The owner's key file: the owner X25519 key pair and the paired devices (JSON, mode 0600).</summary>
    public sealed class OwnerKeyFile
    {
        /// <summary>The format version this tool writes.</summary>
        public const int CurrentVersion = 1;

        /// <summary>Gets or sets the format version.</summary>
        public int Version { get; set; } = CurrentVersion;

        /// <summary>Gets or sets the owner X25519 private key (64 hex digits, secret).</summary>
        public string OwnerPrivateKey { get; set; }

        /// <summary>Gets or sets the owner X25519 public key (64 hex digits).</summary>
        public string OwnerPublicKey { get; set; }

        /// <summary>
        /// Gets or sets the passphrase settings, or null when the file has no passphrase. With them, the owner private
        /// key and every master key are stored sealed (<see cref="KeyFileCipher"/>); in memory they are plain.
        /// </summary>
        public KeyFileProtection Protection { get; set; }

        /// <summary>
        /// Gets or sets 16 random bytes (hex) from which persistent MQTT client ids are derived: without it nobody can
        /// compute them from public values (device id, owner public key) to take a watch's session over. Older key
        /// files get one on their first persistent connection.
        /// </summary>
        public string ClientIdSecret { get; set; }

        /// <summary>Gets or sets the paired devices.</summary>
        public List<PairedDevice> Devices { get; set; } = new List<PairedDevice>();
    }
}
