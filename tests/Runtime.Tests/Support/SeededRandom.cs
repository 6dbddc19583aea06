// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Runtime.Tests.Support
{
    /// <summary>Deterministic bytes (xorshift) so unit tests repeat exactly; never used outside tests.</summary>
    public sealed class SeededRandom : IRandomSource
    {
        private ulong _state;

        /// <summary>Creates the source.</summary>
        /// <param name="seed">Seed (non-zero).</param>
        public SeededRandom(ulong seed)
        {
            _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
        }

        /// <inheritdoc/>
        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                _state ^= _state << 13;
                _state ^= _state >> 7;
                _state ^= _state << 17;
                buffer[i] = (byte)_state;
            }
        }
    }
}
