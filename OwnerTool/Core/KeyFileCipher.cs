// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;
using BclCrypto = System.Security.Cryptography;
using Shared.Crypto.Primitives;

namespace OwnerTool.Core
{
    /// <summary>
    /// Seals the secret fields of a key file (owner private key, master keys) under a key derived from a
    /// passphrase: AES-256-GCM with a fresh 12-byte nonce per field and write, the field's role and device id as
    /// associated data (so a sealed master key cannot be moved to another device's entry). A sealed field reads
    /// <c>enc1:</c> followed by base64 of nonce, ciphertext and 16-byte tag.
    /// </summary>
    public sealed class KeyFileCipher : IDisposable
    {
        /// <summary>Prefix of a sealed field.</summary>
        public const string Prefix = "enc1:";

        private const int NonceSize = 12;
        private const int TagSize = 16;
        private readonly byte[] _key;

        private KeyFileCipher(byte[] key, KeyFileProtection protection)
        {
            _key = key;
            Protection = protection;
        }

        /// <summary>Gets the parameters the key was derived with.</summary>
        public KeyFileProtection Protection { get; }

        /// <summary>Derives the key (PBKDF2-HMAC-SHA256; slow on purpose).</summary>
        /// <param name="protection">Salt and iteration count.</param>
        /// <param name="passphrase">The passphrase.</param>
        /// <returns>The cipher.</returns>
        public static KeyFileCipher Derive(KeyFileProtection protection, string passphrase)
        {
            byte[] salt = Hex.TryDecode(protection.Salt, KeyFileProtection.SaltSize);
            if (protection.Kdf != KeyFileProtection.Pbkdf2Sha256 || salt == null || protection.Iterations < 1)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "the key file's passphrase settings are damaged (kdf, salt or iterations).");
            }

            byte[] secret = Encoding.UTF8.GetBytes(passphrase ?? string.Empty);
            byte[] key = BclCrypto.Rfc2898DeriveBytes.Pbkdf2(secret, salt, protection.Iterations, BclCrypto.HashAlgorithmName.SHA256, 32);
            SecureBuffer.Clear(secret);
            return new KeyFileCipher(key, protection);
        }

        /// <summary>Tells whether a field value is sealed.</summary>
        /// <param name="value">The field value.</param>
        /// <returns>True for <c>enc1:...</c>.</returns>
        public static bool IsSealed(string value) => value != null && value.StartsWith(Prefix, StringComparison.Ordinal);

        /// <summary>Seals a hex secret.</summary>
        /// <param name="hexSecret">The secret in hex (null stays null).</param>
        /// <param name="label">What it is, e.g. "owner" or "master:DEVICEID".</param>
        /// <returns>The sealed field.</returns>
        public string Seal(string hexSecret, string label)
        {
            if (hexSecret == null)
            {
                return null;
            }

            byte[] plain = Encoding.ASCII.GetBytes(hexSecret);
            byte[] sealedBytes = new byte[NonceSize + plain.Length + TagSize];
            BclCrypto.RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceSize));
            using (var gcm = new BclCrypto.AesGcm(_key, TagSize))
            {
                gcm.Encrypt(sealedBytes.AsSpan(0, NonceSize), plain, sealedBytes.AsSpan(NonceSize, plain.Length),
                    sealedBytes.AsSpan(NonceSize + plain.Length, TagSize), Encoding.UTF8.GetBytes(label));
            }

            SecureBuffer.Clear(plain);
            return Prefix + Convert.ToBase64String(sealedBytes);
        }

        /// <summary>Opens a sealed field.</summary>
        /// <param name="sealedValue">The field value (null stays null).</param>
        /// <param name="label">The label it was sealed with.</param>
        /// <param name="path">The key file (for the message).</param>
        /// <returns>The hex secret.</returns>
        /// <exception cref="OwnerToolException">KeyFileProblem: wrong passphrase or a damaged field.</exception>
        public string Open(string sealedValue, string label, string path)
        {
            if (sealedValue == null)
            {
                return null;
            }

            byte[] sealedBytes;
            try
            {
                sealedBytes = IsSealed(sealedValue) ? Convert.FromBase64String(sealedValue.Substring(Prefix.Length)) : null;
            }
            catch (FormatException)
            {
                sealedBytes = null;
            }

            if (sealedBytes == null || sealedBytes.Length < NonceSize + TagSize)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "key file " + path + " has a damaged sealed field (" + label + ").");
            }

            int length = sealedBytes.Length - NonceSize - TagSize;
            byte[] plain = new byte[length];
            try
            {
                using (var gcm = new BclCrypto.AesGcm(_key, TagSize))
                {
                    gcm.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length),
                        sealedBytes.AsSpan(NonceSize + length, TagSize), plain, Encoding.UTF8.GetBytes(label));
                }

                return Encoding.ASCII.GetString(plain);
            }
            catch (BclCrypto.AuthenticationTagMismatchException)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "wrong passphrase for key file " + path
                    + " (or its " + label + " field was altered).");
            }
            finally
            {
                SecureBuffer.Clear(plain);
            }
        }

        /// <summary>Wipes the derived key.</summary>
        public void Dispose()
        {
            SecureBuffer.Clear(_key);
        }
    }
}
