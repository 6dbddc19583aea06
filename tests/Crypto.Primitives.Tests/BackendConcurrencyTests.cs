// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using System.Threading;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    /// <summary>
    /// The backends keep shared scratch (HMAC pads, the cached AES key); the command thread and the MQTT thread
    /// both use one instance, so interleaved calls must never mix their keys or data.
    /// </summary>
    public class BackendConcurrencyTests
    {
        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void ParallelCallersWithDifferentKeysEachGetTheirOwnCorrectResults(string backend)
        {
            ICryptoBackend crypto = Backends.Create(backend);
            const int Workers = 4;
            string[] failures = new string[Workers];
            Thread[] threads = new Thread[Workers];
            for (int w = 0; w < Workers; w++)
            {
                int worker = w;
                threads[w] = new Thread(() => failures[worker] = Run(crypto, worker));
                threads[w].Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            Assert.All(failures, failure => Assert.Null(failure));
        }

        private static string Run(ICryptoBackend crypto, int worker)
        {
            Random random = new Random(100 + worker);
            using BclCrypto.Aes reference = BclCrypto.Aes.Create();
            for (int i = 0; i < 300; i++)
            {
                byte[] key = TestData.RandomBytes(random, 16);
                byte[] data = TestData.RandomBytes(random, random.Next(0, 100));
                byte[] tag = new byte[32];
                crypto.HmacSha256(key, data, 0, data.Length, tag, 0);
                if (!tag.AsSpan().SequenceEqual(BclCrypto.HMACSHA256.HashData(key, data)))
                {
                    return "HMAC mismatch in iteration " + i;
                }

                byte[] block = TestData.RandomBytes(random, 16);
                byte[] cipher = new byte[16];
                crypto.EncryptBlock(key, block, 0, cipher, 0);
                reference.Key = key;
                if (!cipher.AsSpan().SequenceEqual(reference.EncryptEcb(block, BclCrypto.PaddingMode.None)))
                {
                    return "AES mismatch in iteration " + i;
                }
            }

            return null;
        }
    }
}
