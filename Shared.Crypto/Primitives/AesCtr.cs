// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// AES-128 in counter mode (NIST SP 800-38A section 6.5): the whole 16-byte counter block is one
    /// 128-bit big-endian integer incremented by one per block, wrapping modulo 2^128. Encryption and
    /// decryption are the same operation. Never reuse a (key, counter) pair: the protocol derives both.
    /// </summary>
    public static class AesCtr
    {
        /// <summary>The counter block length in bytes.</summary>
        public const int CounterSize = Aes128.BlockSize;

        /// <summary>
        /// XORs <paramref name="count"/> bytes of <paramref name="input"/> with the key stream into
        /// <paramref name="output"/>. In place (same buffer, same offset) is allowed; other overlaps are not.
        /// Allocates two 16-byte scratch blocks per call (the counter and one key-stream block), both wiped.
        /// </summary>
        /// <param name="backend">The block function (native or managed AES-128).</param>
        /// <param name="key">The 16-byte AES key.</param>
        /// <param name="initialCounter16">The first counter block; it is not modified.</param>
        /// <param name="input">The buffer holding the plaintext (or ciphertext).</param>
        /// <param name="inputOffset">The first input byte.</param>
        /// <param name="count">The number of bytes (may be 0).</param>
        /// <param name="output">Receives the ciphertext (or plaintext).</param>
        /// <param name="outputOffset">The first output byte.</param>
        public static void Transform(
            ICryptoBackend backend,
            byte[] key,
            byte[] initialCounter16,
            byte[] input,
            int inputOffset,
            int count,
            byte[] output,
            int outputOffset)
        {
            Guard.NotNull(backend, "backend");
            Guard.Length(key, Aes128.KeySize, "key");
            Guard.Length(initialCounter16, CounterSize, "initialCounter16");
            Guard.Range(input, inputOffset, count, "input");
            Guard.Range(output, outputOffset, count, "output");

            byte[] counter = new byte[CounterSize];
            byte[] keyStream = new byte[CounterSize];
            Array.Copy(initialCounter16, 0, counter, 0, CounterSize);
            try
            {
                int done = 0;
                while (done < count)
                {
                    backend.EncryptBlock(key, counter, 0, keyStream, 0);
                    int chunk = count - done;
                    if (chunk > CounterSize)
                    {
                        chunk = CounterSize;
                    }

                    for (int i = 0; i < chunk; i++)
                    {
                        output[outputOffset + done + i] = (byte)(input[inputOffset + done + i] ^ keyStream[i]);
                    }

                    done += chunk;
                    Increment(counter);
                }
            }
            finally
            {
                SecureBuffer.Clear(keyStream);
                SecureBuffer.Clear(counter);
            }
        }

        /// <summary>
        /// Adds one to a 16-byte big-endian counter block, carrying across all 128 bits.
        /// </summary>
        /// <param name="counter16">The counter block, updated in place.</param>
        public static void Increment(byte[] counter16)
        {
            Guard.Length(counter16, CounterSize, "counter16");

            // Always walks all 16 bytes so the time does not reveal how far the carry went.
            int carry = 1;
            for (int i = CounterSize - 1; i >= 0; i--)
            {
                int sum = counter16[i] + carry;
                counter16[i] = (byte)sum;
                carry = sum >> 8;
            }
        }
    }
}
