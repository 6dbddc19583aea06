// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Managed HMAC-SHA256 (RFC 2104) with every working buffer owned by the instance, so a MAC over a
    /// command allocates nothing. Not thread-safe: give each thread its own context or lock around it.
    /// </summary>
    public sealed class HmacSha256Context
    {
        /// <summary>The tag length in bytes.</summary>
        public const int TagSize = Sha256.HashSize;

        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5c;

        private readonly Sha256 _hash = new Sha256();
        private readonly byte[] _pad = new byte[Sha256.BlockSize];
        private readonly byte[] _innerDigest = new byte[Sha256.HashSize];

        /// <summary>
        /// Computes HMAC-SHA256(<paramref name="key"/>, data range) into <paramref name="output"/>.
        /// The output may overlap the data: the data is fully read before the tag is written.
        /// </summary>
        /// <param name="key">The key; keys longer than 64 bytes are hashed first, as RFC 2104 says.</param>
        /// <param name="data">The buffer holding the message.</param>
        /// <param name="offset">The first message byte.</param>
        /// <param name="count">The message length (may be 0).</param>
        /// <param name="output">Receives the 32-byte tag.</param>
        /// <param name="outputOffset">Where the tag starts.</param>
        public void Compute(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Guard.NotNull(key, "key");
            Guard.Range(data, offset, count, "data");
            Guard.Range(output, outputOffset, TagSize, "output");
            try
            {
                Array.Clear(_pad, 0, _pad.Length);
                if (key.Length > Sha256.BlockSize)
                {
                    _hash.Append(key, 0, key.Length);
                    _hash.Finish(_pad, 0);
                }
                else
                {
                    Array.Copy(key, 0, _pad, 0, key.Length);
                }

                XorPad(InnerPad);
                _hash.Append(_pad, 0, _pad.Length);
                _hash.Append(data, offset, count);
                _hash.Finish(_innerDigest, 0);

                // Turns the inner pad into the outer pad without keeping the raw key block around.
                XorPad(InnerPad ^ OuterPad);
                _hash.Append(_pad, 0, _pad.Length);
                _hash.Append(_innerDigest, 0, _innerDigest.Length);
                _hash.Finish(output, outputOffset);
            }
            finally
            {
                // Both pads and the inner digest are key-equivalent material.
                Array.Clear(_pad, 0, _pad.Length);
                Array.Clear(_innerDigest, 0, _innerDigest.Length);
                _hash.Reset();
            }
        }

        private void XorPad(int value)
        {
            byte b = (byte)value;
            for (int i = 0; i < _pad.Length; i++)
            {
                _pad[i] ^= b;
            }
        }
    }
}
