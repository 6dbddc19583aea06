// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using BenchmarkDotNet.Attributes;
using Shared.Crypto.Primitives;

namespace Benchmarks.Crypto
{
    /// <summary>AES-128-CTR over a 64-byte command, managed and native (host: .NET ECB under the seam).</summary>
    [MemoryDiagnoser]
    public class CipherBenchmarks
    {
        private readonly byte[] _key = new byte[16];
        private readonly byte[] _counter = new byte[16];
        private readonly byte[] _command = new byte[64];
        private readonly ICryptoBackend _managed = new ManagedCryptoBackend();
        private readonly ICryptoBackend _native = new NativeCryptoBackend();

        /// <summary>Fills the inputs with fixed bytes.</summary>
        [GlobalSetup]
        public void Setup()
        {
            System.Random random = new System.Random(2);
            random.NextBytes(_key);
            random.NextBytes(_counter);
            random.NextBytes(_command);
        }

        /// <summary>Managed AES-CTR of 64 bytes in place (4 blocks, cached key schedule).</summary>
        [Benchmark]
        public byte[] AesCtrManaged64()
        {
            AesCtr.Transform(_managed, _key, _counter, _command, 0, _command.Length, _command, 0);
            return _command;
        }

        /// <summary>Native-shaped AES-CTR of 64 bytes in place (one Aes.Encrypt call per block).</summary>
        [Benchmark]
        public byte[] AesCtrNative64()
        {
            AesCtr.Transform(_native, _key, _counter, _command, 0, _command.Length, _command, 0);
            return _command;
        }
    }
}
