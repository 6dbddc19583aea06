// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using BclCrypto = bcl::System.Security.Cryptography;

namespace System.Security.Cryptography
{
    /// <summary>
    /// nanoFramework's AES-128 (ECB or CBC, no padding), backed by .NET. Behaves like the device: the key must
    /// be set (InvalidOperationException), be 16 bytes and the data a multiple of 16 bytes (ArgumentException).
    /// As in the upstream package, IV and Key share one field, which is why the firmware never uses CBC.
    /// </summary>
    public class Aes
    {
        private const int BlockSize = 16;
        private const int KeySize = 16;

        private CipherMode _mode;
        private byte[] _key;

        /// <summary>Creates an instance for <paramref name="mode"/>.</summary>
        /// <param name="mode">The block cipher mode.</param>
        public Aes(CipherMode mode)
        {
            nanoFramework.HostEmulation.Cryptography.CryptoNatives.ThrowIfMissing("Aes");
            _mode = mode;
        }

        /// <summary>Gets or sets the block cipher mode.</summary>
        public CipherMode Mode
        {
            get { return _mode; }
            set { _mode = value; }
        }

        /// <summary>Gets or sets the key; the array is kept by reference, as on the device.</summary>
        public byte[] Key
        {
            get { return _key; }
            set { _key = value; }
        }

        /// <summary>Gets or sets the IV, which upstream stores in the key field.</summary>
        public byte[] IV
        {
            get { return _key; }
            set { _key = value; }
        }

        /// <summary>Encrypts <paramref name="data"/> with the current mode.</summary>
        /// <param name="data">The plaintext, a multiple of 16 bytes.</param>
        /// <returns>A new array with the ciphertext.</returns>
        public byte[] Encrypt(byte[] data)
        {
            return Transform(data, true);
        }

        /// <summary>Decrypts <paramref name="data"/> with the current mode.</summary>
        /// <param name="data">The ciphertext, a multiple of 16 bytes.</param>
        /// <returns>A new array with the plaintext.</returns>
        public byte[] Decrypt(byte[] data)
        {
            return Transform(data, false);
        }

        private byte[] Transform(byte[] data, bool encrypt)
        {
            nanoFramework.HostEmulation.Cryptography.CryptoNatives.ThrowIfMissing("Aes");
            if (_mode != CipherMode.ECB && _mode != CipherMode.CBC)
            {
                throw new NotSupportedException();
            }

            if (_key == null)
            {
                throw new InvalidOperationException();
            }

            if (_key.Length != KeySize)
            {
                throw new ArgumentException();
            }

            if (data == null)
            {
                throw new ArgumentNullException();
            }

            if (data.Length % BlockSize != 0)
            {
                throw new ArgumentException();
            }

            using (BclCrypto.Aes aes = BclCrypto.Aes.Create())
            {
                aes.Key = _key;
                BclCrypto.PaddingMode none = BclCrypto.PaddingMode.None;
                if (_mode == CipherMode.ECB)
                {
                    return encrypt ? aes.EncryptEcb(data, none) : aes.DecryptEcb(data, none);
                }

                return encrypt ? aes.EncryptCbc(data, _key, none) : aes.DecryptCbc(data, _key, none);
            }
        }
    }
}
