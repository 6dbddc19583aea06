// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using BenchmarkDotNet.Attributes;
using Shared.Crypto.Primitives;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Benchmarks.Crypto
{
    /// <summary>SHA-256 over 1 KiB and HMAC-SHA256 over a 64-byte command, managed and native (host: .NET).</summary>
    [MemoryDiagnoser]
    public class HashBenchmarks
    {
        private readonly byte[] _kibibyte = new byte[1024];
        private readonly byte[] _command = new byte[64];
        private readonly byte[] _key = new byte[32];
        private readonly byte[] _digest = new byte[32];
        private readonly Sha256 _sha = new Sha256();
        private readonly ICryptoBackend _managed = new ManagedCryptoBackend();
        private readonly ICryptoBackend _native = new NativeCryptoBackend();

        /// <summary>Fills the inputs with fixed bytes.</summary>
        [GlobalSetup]
        public void Setup()
        {
            System.Random random = new System.Random(1);
            random.NextBytes(_kibibyte);
            random.NextBytes(_command);
            random.NextBytes(_key);
        }

        /// <summary>Managed SHA-256 of 1 KiB with a reused hasher.</summary>
        [Benchmark]
        public byte[] Sha256Managed1KiB()
        {
            _sha.Append(_kibibyte, 0, _kibibyte.Length);
            _sha.Finish(_digest, 0);
            return _digest;
        }

        /// <summary>.NET's SHA-256 of 1 KiB, for scale.</summary>
        [Benchmark]
        public byte[] Sha256DotNet1KiB()
        {
            return BclCrypto.SHA256.HashData(_kibibyte);
        }

        /// <summary>Managed HMAC-SHA256 of a 64-byte command through the seam.</summary>
        [Benchmark]
        public byte[] HmacManaged64()
        {
            _managed.HmacSha256(_key, _command, 0, _command.Length, _digest, 0);
            return _digest;
        }

        /// <summary>Native-shaped HMAC-SHA256 (HMACSHA256.HashData, .NET on the host) of a 64-byte command.</summary>
        [Benchmark]
        public byte[] HmacNative64()
        {
            _native.HmacSha256(_key, _command, 0, _command.Length, _digest, 0);
            return _digest;
        }
    }
}
