// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// One-call managed AES-128 block encryption (FIPS-197). Each call expands the key into a temporary
    /// <see cref="Aes128Key"/> (about 200 bytes, wiped afterwards); keep an <see cref="Aes128Key"/> for many blocks.
    /// </summary>
    public static class Aes128
    {
        /// <summary>The AES block length in bytes.</summary>
        public const int BlockSize = 16;

        /// <summary>The AES-128 key length in bytes.</summary>
        public const int KeySize = 16;

        /// <summary>
        /// Encrypts one 16-byte block with a 16-byte key.
        /// </summary>
        /// <param name="key">The AES-128 key.</param>
        /// <param name="input">The buffer holding the plaintext block.</param>
        /// <param name="inputOffset">Where the block starts.</param>
        /// <param name="output">Receives the ciphertext block (may be the input buffer).</param>
        /// <param name="outputOffset">Where the block starts.</param>
        public static void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            Guard.Length(key, KeySize, "key");
            Aes128Key expanded = new Aes128Key(key);
            try
            {
                expanded.EncryptBlock(input, inputOffset, output, outputOffset);
            }
            finally
            {
                expanded.Clear();
            }
        }
    }
}
