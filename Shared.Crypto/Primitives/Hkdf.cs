// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// HKDF with HMAC-SHA256 (RFC 5869): turns a shared secret into independent keys, one per owner,
    /// direction and purpose, by varying the info string.
    /// </summary>
    public static class Hkdf
    {
        /// <summary>The pseudorandom key (and HMAC output) length in bytes.</summary>
        public const int HashSize = Sha256.HashSize;

        /// <summary>The longest output RFC 5869 allows: 255 blocks.</summary>
        public const int MaxOutputLength = 255 * HashSize;

        /// <summary>
        /// HKDF-Extract (RFC 5869 section 2.2): PRK = HMAC(salt, IKM).
        /// </summary>
        /// <param name="backend">The HMAC implementation.</param>
        /// <param name="salt">The salt; null or empty means 32 zero bytes, as the RFC says.</param>
        /// <param name="ikm">The buffer holding the input keying material.</param>
        /// <param name="ikmOffset">Where the keying material starts.</param>
        /// <param name="ikmCount">Its length.</param>
        /// <param name="prk32">Receives the 32-byte pseudorandom key.</param>
        public static void Extract(
            ICryptoBackend backend, byte[] salt, byte[] ikm, int ikmOffset, int ikmCount, byte[] prk32)
        {
            Guard.NotNull(backend, "backend");
            Guard.Range(ikm, ikmOffset, ikmCount, "ikm");
            Guard.Length(prk32, HashSize, "prk32");
            byte[] effectiveSalt = (salt == null || salt.Length == 0) ? new byte[HashSize] : salt;
            backend.HmacSha256(effectiveSalt, ikm, ikmOffset, ikmCount, prk32, 0);
        }

        /// <summary>
        /// HKDF-Expand (RFC 5869 section 2.3): T(i) = HMAC(PRK, T(i-1) | info | i), output = first L bytes.
        /// Allocates one buffer of 33 + info length and one 32-byte block, both wiped before returning.
        /// </summary>
        /// <param name="backend">The HMAC implementation.</param>
        /// <param name="prk">The pseudorandom key (at least 32 bytes, normally from <see cref="Extract"/>).</param>
        /// <param name="info">The buffer holding the context string; may be null when its count is 0.</param>
        /// <param name="infoOffset">Where the context starts.</param>
        /// <param name="infoCount">Its length.</param>
        /// <param name="output">Receives the output keying material.</param>
        /// <param name="outputOffset">Where the output starts.</param>
        /// <param name="length">How many bytes to produce (0 to <see cref="MaxOutputLength"/>).</param>
        public static void Expand(
            ICryptoBackend backend,
            byte[] prk,
            byte[] info,
            int infoOffset,
            int infoCount,
            byte[] output,
            int outputOffset,
            int length)
        {
            Guard.NotNull(backend, "backend");
            Guard.NotNull(prk, "prk");
            if (prk.Length < HashSize)
            {
                throw new ArgumentException("prk");
            }

            if (info != null || infoCount != 0)
            {
                Guard.Range(info, infoOffset, infoCount, "info");
            }

            if (length < 0 || length > MaxOutputLength)
            {
                throw new ArgumentOutOfRangeException("length");
            }

            Guard.Range(output, outputOffset, length, "output");

            // Layout: [T(i-1) 32 bytes][info][i]; the first block starts after the (empty) T(0).
            byte[] message = new byte[HashSize + infoCount + 1];
            byte[] block = new byte[HashSize];
            if (infoCount > 0)
            {
                Array.Copy(info, infoOffset, message, HashSize, infoCount);
            }

            try
            {
                int produced = 0;
                int counter = 1;
                while (produced < length)
                {
                    message[message.Length - 1] = (byte)counter;
                    int start = counter == 1 ? HashSize : 0;
                    backend.HmacSha256(prk, message, start, message.Length - start, block, 0);
                    int chunk = length - produced;
                    if (chunk > HashSize)
                    {
                        chunk = HashSize;
                    }

                    Array.Copy(block, 0, output, outputOffset + produced, chunk);
                    Array.Copy(block, 0, message, 0, HashSize);
                    produced += chunk;
                    counter++;
                }
            }
            finally
            {
                SecureBuffer.Clear(message);
                SecureBuffer.Clear(block);
            }
        }

        /// <summary>
        /// Extract then Expand in one call; returns a new array of <paramref name="length"/> bytes.
        /// </summary>
        /// <param name="backend">The HMAC implementation.</param>
        /// <param name="salt">The salt (null or empty: 32 zero bytes).</param>
        /// <param name="ikm">The input keying material.</param>
        /// <param name="info">The context string (null means empty).</param>
        /// <param name="length">How many bytes to derive.</param>
        /// <returns>The derived key.</returns>
        public static byte[] DeriveKey(ICryptoBackend backend, byte[] salt, byte[] ikm, byte[] info, int length)
        {
            Guard.NotNull(ikm, "ikm");
            byte[] prk = new byte[HashSize];
            byte[] output = new byte[length < 0 ? 0 : length];
            try
            {
                Extract(backend, salt, ikm, 0, ikm.Length, prk);
                Expand(backend, prk, info, 0, info == null ? 0 : info.Length, output, 0, length);
                return output;
            }
            finally
            {
                SecureBuffer.Clear(prk);
            }
        }
    }
}
