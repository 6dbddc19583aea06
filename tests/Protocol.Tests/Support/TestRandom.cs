// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;

namespace Protocol.Tests.Support
{
    /// <summary>A seeded RNG so every test run sees the same "random" nonces and keys.</summary>
    public sealed class TestRandom : IRandomSource
    {
        private readonly Random _random;

        public TestRandom(int seed)
        {
            _random = new Random(seed);
        }

        public int Calls { get; private set; }

        public void NextBytes(byte[] buffer)
        {
            Calls++;
            _random.NextBytes(buffer);
        }
    }
}
