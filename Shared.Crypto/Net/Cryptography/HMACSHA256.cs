// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using BclCrypto = bcl::System.Security.Cryptography;

namespace System.Security.Cryptography
{
    /// <summary>
    /// nanoFramework's HMAC-SHA256, backed by .NET: the constructor keeps the key array by reference and
    /// Dispose wipes it, as on the device.
    /// </summary>
    public class HMACSHA256 : IDisposable
    {
        private readonly KeyedHashState _state;

        /// <summary>Creates an instance with a random 64-byte key.</summary>
        public HMACSHA256()
        {
            nanoFramework.HostEmulation.Cryptography.CryptoNatives.ThrowIfMissing("HMACSHA256");
            _state = new KeyedHashState(KeyedHashState.RandomKey(64), BclCrypto.HMACSHA256.HashData);
        }

        /// <summary>Creates an instance with <paramref name="key"/> (any length).</summary>
        /// <param name="key">The HMAC key.</param>
        public HMACSHA256(byte[] key)
        {
            nanoFramework.HostEmulation.Cryptography.CryptoNatives.ThrowIfMissing("HMACSHA256");
            _state = new KeyedHashState(key, BclCrypto.HMACSHA256.HashData);
        }

        /// <summary>Gets a copy of the last computed tag.</summary>
        public byte[] Hash => _state.Hash;

        /// <summary>Gets or sets the key (copied in both directions).</summary>
        public byte[] Key
        {
            get => _state.Key;
            set => _state.Key = value;
        }

        /// <summary>Computes the tag of <paramref name="buffer"/>.</summary>
        /// <param name="buffer">The message.</param>
        /// <returns>A new array with the tag.</returns>
        public byte[] ComputeHash(byte[] buffer) => _state.Compute(buffer);

        /// <summary>Computes HMAC-SHA256(<paramref name="key"/>, <paramref name="source"/>).</summary>
        /// <param name="key">The HMAC key.</param>
        /// <param name="source">The message.</param>
        /// <returns>A new array with the tag.</returns>
        public static byte[] HashData(byte[] key, byte[] source)
        {
            nanoFramework.HostEmulation.Cryptography.CryptoNatives.ThrowIfMissing("HMACSHA256");
            return KeyedHashState.HashData(key, source, BclCrypto.HMACSHA256.HashData);
        }

        /// <summary>Wipes the key; later calls throw ObjectDisposedException.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Wipes the key when <paramref name="disposing"/> is true.</summary>
        /// <param name="disposing">Whether the call comes from Dispose.</param>
        protected void Dispose(bool disposing)
        {
            if (disposing)
            {
                _state.Wipe();
            }
        }
    }
}
