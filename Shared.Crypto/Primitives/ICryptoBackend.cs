// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// The symmetric crypto seam: the device uses its native (mbedTLS) HMAC and AES, the emulator and boards
    /// without crypto natives use the managed implementations. Everything above this seam is backend-agnostic.
    /// </summary>
    public interface ICryptoBackend
    {
        /// <summary>
        /// Computes HMAC-SHA256 of <paramref name="data"/>[<paramref name="offset"/>..+<paramref name="count"/>)
        /// and writes the 32-byte tag to <paramref name="output"/> at <paramref name="outputOffset"/>.
        /// </summary>
        /// <param name="key">The HMAC key (any length).</param>
        /// <param name="data">The buffer holding the message.</param>
        /// <param name="offset">The first message byte.</param>
        /// <param name="count">The message length in bytes (may be 0).</param>
        /// <param name="output">Receives the 32-byte tag.</param>
        /// <param name="outputOffset">Where the tag starts in <paramref name="output"/>.</param>
        void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset);

        /// <summary>
        /// Encrypts one 16-byte block with AES-128 (the block function under CTR mode).
        /// </summary>
        /// <param name="key">The 16-byte AES key.</param>
        /// <param name="input">The buffer holding the plaintext block.</param>
        /// <param name="inputOffset">Where the block starts in <paramref name="input"/>.</param>
        /// <param name="output">Receives the ciphertext block (may be the input buffer).</param>
        /// <param name="outputOffset">Where the block starts in <paramref name="output"/>.</param>
        void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset);
    }
}
