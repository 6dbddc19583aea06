// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// One-call managed HMAC-SHA256 (RFC 2104 over <see cref="Sha256"/>). Each call allocates a
    /// <see cref="HmacSha256Context"/> (about 600 bytes); hot paths keep a context instead.
    /// </summary>
    public static class HmacSha256Managed
    {
        /// <summary>The tag length in bytes.</summary>
        public const int TagSize = HmacSha256Context.TagSize;

        /// <summary>
        /// Computes HMAC-SHA256(<paramref name="key"/>, data range) into <paramref name="output"/>.
        /// </summary>
        /// <param name="key">The key (any length).</param>
        /// <param name="data">The buffer holding the message.</param>
        /// <param name="offset">The first message byte.</param>
        /// <param name="count">The message length (may be 0).</param>
        /// <param name="output">Receives the 32-byte tag.</param>
        /// <param name="outputOffset">Where the tag starts.</param>
        public static void Compute(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            new HmacSha256Context().Compute(key, data, offset, count, output, outputOffset);
        }
    }
}
