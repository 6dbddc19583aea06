// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Security.Cryptography
{
    /// <summary>
    /// The state behind nanoFramework's HMACSHA256: the key held by reference (as on the device), the last tag,
    /// argument checks, and wiping the key on Dispose. The hash function is a parameter so that a later keyed
    /// hash of the package (1.0.43 adds HMACSHA512, which the device code does not use) can reuse it.
    /// </summary>
    internal sealed class KeyedHashState
    {
        /// <summary>A one-shot keyed hash: (key, data) to tag.</summary>
        internal delegate byte[] KeyedHashFunction(byte[] key, byte[] source);

        private readonly KeyedHashFunction _hashData;
        private bool _disposed;
        private byte[] _keyValue;
        private byte[] _hashValue;

        internal KeyedHashState(byte[] key, KeyedHashFunction hashData)
        {
            _keyValue = key ?? throw new ArgumentNullException();
            _hashData = hashData;
        }

        internal static byte[] RandomKey(int length)
        {
            byte[] key = new byte[length];
            new Random().NextBytes(key);
            return key;
        }

        internal byte[] Hash
        {
            get
            {
                ThrowIfDisposed();
                return (byte[])_hashValue.Clone();
            }
        }

        internal byte[] Key
        {
            get { return (byte[])_keyValue.Clone(); }
            set { _keyValue = (byte[])(value ?? throw new ArgumentNullException()).Clone(); }
        }

        internal static byte[] HashData(byte[] key, byte[] source, KeyedHashFunction hashData)
        {
            if (key == null || source == null)
            {
                throw new ArgumentNullException();
            }

            return hashData(key, source);
        }

        internal byte[] Compute(byte[] buffer)
        {
            ThrowIfDisposed();
            _hashValue = HashData(_keyValue, buffer, _hashData);
            return (byte[])_hashValue.Clone();
        }

        internal void Wipe()
        {
            if (_keyValue != null)
            {
                Array.Clear(_keyValue, 0, _keyValue.Length);
            }

            _keyValue = null;
            _disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(null);
            }
        }
    }
}
