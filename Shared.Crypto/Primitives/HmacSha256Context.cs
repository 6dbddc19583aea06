// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Managed HMAC-SHA256 (RFC 2104) with every working buffer owned by the instance, so a MAC over a
    /// command allocates nothing. For keys up to 64 bytes the hash states after the inner and outer pad blocks
    /// are cached, so repeating a key (one per owner and direction) costs 2 compressions less per tag; the cache
    /// is key-equivalent secret material until <see cref="Clear"/>. Not thread-safe: lock around shared use.
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
        private readonly byte[] _cachedKey = new byte[Sha256.BlockSize];
        private readonly uint[] _innerState = new uint[8];
        private readonly uint[] _outerState = new uint[8];
        private int _cachedKeyLength = -1;

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
                // The key length is public; its bytes are compared in constant time.
                bool cached = key.Length == _cachedKeyLength
                    && ConstantTime.AreEqual(key, 0, _cachedKey, 0, key.Length);
                if (!cached)
                {
                    PrepareKey(key);
                }

                _hash.ImportState(_innerState, Sha256.BlockSize);
                _hash.Append(data, offset, count);
                _hash.Finish(_innerDigest, 0);
                _hash.ImportState(_outerState, Sha256.BlockSize);
                _hash.Append(_innerDigest, 0, _innerDigest.Length);
                _hash.Finish(output, outputOffset);
            }
            finally
            {
                Array.Clear(_innerDigest, 0, _innerDigest.Length);
                _hash.Reset();
            }
        }

        /// <summary>
        /// Wipes the cached key and pad states; the next call recomputes them.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_cachedKey, 0, _cachedKey.Length);
            Array.Clear(_innerState, 0, _innerState.Length);
            Array.Clear(_outerState, 0, _outerState.Length);
            _cachedKeyLength = -1;
        }

        private void PrepareKey(byte[] key)
        {
            Clear();
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
            _hash.ExportState(_innerState);
            _hash.Reset();

            // Turns the inner pad into the outer pad without keeping the raw key block around.
            XorPad(InnerPad ^ OuterPad);
            _hash.Append(_pad, 0, _pad.Length);
            _hash.ExportState(_outerState);
            _hash.Reset();
            Array.Clear(_pad, 0, _pad.Length);

            // Long keys are rare (RFC 4231 tests): not cached, so the copy never needs more than one block.
            if (key.Length <= Sha256.BlockSize)
            {
                Array.Copy(key, 0, _cachedKey, 0, key.Length);
                _cachedKeyLength = key.Length;
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
