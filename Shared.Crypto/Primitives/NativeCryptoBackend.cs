// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Security.Cryptography;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// The crypto seam over nanoFramework's native HMACSHA256 and Aes (mbedTLS on the ESP32). The native API
    /// takes whole arrays and returns new ones, so each call allocates its result (32 bytes per MAC, 16 per
    /// block) and, when the data is a slice, a copy of the slice; all of them are wiped after use.
    /// The emulator has no crypto natives: use <see cref="ManagedCryptoBackend"/> there.
    /// </summary>
    public sealed class NativeCryptoBackend : ICryptoBackend
    {
        private readonly object _lock = new object();
        private readonly Aes _aes = new Aes(CipherMode.ECB);
        private readonly byte[] _aesKey = new byte[Aes128.KeySize];
        private readonly byte[] _block = new byte[Aes128.BlockSize];

        /// <inheritdoc />
        public void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Guard.NotNull(key, "key");
            Guard.Range(data, offset, count, "data");
            Guard.Range(output, outputOffset, Sha256.HashSize, "output");
            bool whole = offset == 0 && count == data.Length;
            byte[] message = whole ? data : new byte[count];
            if (!whole)
            {
                Array.Copy(data, offset, message, 0, count);
            }

            byte[] tag = HMACSHA256.HashData(key, message);
            Array.Copy(tag, 0, output, outputOffset, Sha256.HashSize);
            SecureBuffer.Clear(tag);
            if (!whole)
            {
                SecureBuffer.Clear(message);
            }
        }

        /// <inheritdoc />
        public void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            Guard.Length(key, Aes128.KeySize, "key");
            Guard.Range(input, inputOffset, Aes128.BlockSize, "input");
            Guard.Range(output, outputOffset, Aes128.BlockSize, "output");
            lock (_lock)
            {
                // Our own copy: the caller may wipe or reuse its key array while the Aes object still holds it.
                Array.Copy(key, 0, _aesKey, 0, Aes128.KeySize);
                _aes.Key = _aesKey;
                Array.Copy(input, inputOffset, _block, 0, Aes128.BlockSize);
                byte[] result = _aes.Encrypt(_block);
                Array.Copy(result, 0, output, outputOffset, Aes128.BlockSize);
                SecureBuffer.Clear(result);
                SecureBuffer.Clear(_block);
                SecureBuffer.Clear(_aesKey);
            }
        }
    }
}
