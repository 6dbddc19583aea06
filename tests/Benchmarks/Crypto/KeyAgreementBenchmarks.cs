// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using BenchmarkDotNet.Attributes;
using Shared.Crypto.Primitives;

namespace Benchmarks.Crypto
{
    /// <summary>What pairing costs: one X25519 scalar multiplication and an HKDF of a 32-byte key.</summary>
    [MemoryDiagnoser]
    public class KeyAgreementBenchmarks
    {
        private readonly byte[] _privateKey = new byte[32];
        private readonly byte[] _peerPublic = new byte[32];
        private readonly byte[] _shared = new byte[32];
        private readonly byte[] _salt = new byte[32];
        private readonly byte[] _info = new byte[24];
        private readonly byte[] _prk = new byte[32];
        private readonly byte[] _okm = new byte[32];
        private readonly ICryptoBackend _managed = new ManagedCryptoBackend();

        /// <summary>Creates a key pair and a peer key with fixed seeds.</summary>
        [GlobalSetup]
        public void Setup()
        {
            System.Random random = new System.Random(3);
            random.NextBytes(_privateKey);
            byte[] peerPrivate = new byte[32];
            random.NextBytes(peerPrivate);
            X25519.PublicKeyFromPrivate(peerPrivate, _peerPublic);
            random.NextBytes(_salt);
            random.NextBytes(_info);
        }

        /// <summary>One X25519 shared-secret computation.</summary>
        [Benchmark]
        public bool X25519SharedSecret()
        {
            return X25519.SharedSecret(_privateKey, _peerPublic, _shared);
        }

        /// <summary>HKDF-SHA256 Extract + Expand to a 32-byte key, managed backend.</summary>
        [Benchmark]
        public byte[] HkdfManaged32()
        {
            Hkdf.Extract(_managed, _salt, _shared, 0, _shared.Length, _prk);
            Hkdf.Expand(_managed, _prk, _info, 0, _info.Length, _okm, 0, _okm.Length);
            return _okm;
        }
    }
}
