// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// The crypto seam over the managed primitives, for the nanoFramework emulator (which has no crypto natives)
    /// and boards without them. One HMAC context (with its keyed pad states) and one expanded AES key are kept
    /// and reused, so MACs and CTR blocks allocate nothing; calls are serialised by a lock. Cached keys are
    /// replaced only when a different key arrives (checked in constant time) and wiped by
    /// <see cref="ClearCachedKeys"/>.
    /// </summary>
    public sealed class ManagedCryptoBackend : ICryptoBackend
    {
        private readonly object _lock = new object();
        private readonly HmacSha256Context _hmac = new HmacSha256Context();
        private readonly byte[] _aesKey = new byte[Aes128.KeySize];
        private readonly Aes128Key _expandedKey;
        private bool _hasAesKey;

        /// <summary>
        /// Creates a backend with empty caches.
        /// </summary>
        public ManagedCryptoBackend()
        {
            _expandedKey = new Aes128Key(_aesKey);
        }

        /// <inheritdoc />
        public void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            lock (_lock)
            {
                _hmac.Compute(key, data, offset, count, output, outputOffset);
            }
        }

        /// <inheritdoc />
        public void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            Guard.Length(key, Aes128.KeySize, "key");
            lock (_lock)
            {
                if (!_hasAesKey || !ConstantTime.AreEqual(_aesKey, 0, key, 0, Aes128.KeySize))
                {
                    Array.Copy(key, 0, _aesKey, 0, Aes128.KeySize);
                    _expandedKey.SetKey(_aesKey, 0);
                    _hasAesKey = true;
                }

                _expandedKey.EncryptBlock(input, inputOffset, output, outputOffset);
            }
        }

        /// <summary>
        /// Wipes the cached HMAC pad states and AES key schedule; the next calls recompute them.
        /// </summary>
        public void ClearCachedKeys()
        {
            lock (_lock)
            {
                _hmac.Clear();
                Array.Clear(_aesKey, 0, _aesKey.Length);
                _expandedKey.Clear();
                _hasAesKey = false;
            }
        }
    }
}
