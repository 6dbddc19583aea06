// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Security.Cryptography
{
    /// <summary>Block cipher modes with nanoFramework's numbering.</summary>
    public enum CipherMode
    {
        /// <summary>No mode set: Encrypt and Decrypt throw NotSupportedException.</summary>
        None = 0,

        /// <summary>Cipher block chaining.</summary>
        CBC = 1,

        /// <summary>Electronic codebook: each block encrypted on its own.</summary>
        ECB = 2,
    }
}
