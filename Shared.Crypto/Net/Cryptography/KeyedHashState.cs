// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Security.Cryptography
{
    /// <summary>
    /// The state behind nanoFramework's HMACSHA256: the key held by reference (as on the device), the last tag,
    /// argument checks, and wiping the key on Dispose. The hash function is a parameter so that a later keyed
    /// hash of the package (upstream adds HMACSHA512 after 1.0.38) can reuse it.
    /// </summary>
    internal sealed class KeyedHashState
    {
        private readonly Func<byte[], byte[], byte[]> _hashData;
        private bool _disposed;
        private byte[] _keyValue;
        private byte[] _hashValue;

        internal KeyedHashState(byte[] key, Func<byte[], byte[], byte[]> hashData)
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

        internal static byte[] HashData(byte[] key, byte[] source, Func<byte[], byte[], byte[]> hashData)
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
