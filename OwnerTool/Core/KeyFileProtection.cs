// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>
    /// How a passphrase-protected key file derives its key: PBKDF2-HMAC-SHA256 over the UTF-8 passphrase with a
    /// random salt. Stored in the key file beside the sealed secrets; null in a file without a passphrase.
    /// </summary>
    public sealed class KeyFileProtection
    {
        /// <summary>The only key derivation this tool writes and reads.</summary>
        public const string Pbkdf2Sha256 = "pbkdf2-sha256";

        /// <summary>Iterations for new passphrases (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).</summary>
        public const int DefaultIterations = 600_000;

        /// <summary>Salt size in bytes.</summary>
        public const int SaltSize = 16;

        /// <summary>Gets or sets the key derivation name.</summary>
        public string Kdf { get; set; } = Pbkdf2Sha256;

        /// <summary>Gets or sets the PBKDF2 iteration count.</summary>
        public int Iterations { get; set; } = DefaultIterations;

        /// <summary>Gets or sets the salt (32 hex digits).</summary>
        public string Salt { get; set; }
    }
}
