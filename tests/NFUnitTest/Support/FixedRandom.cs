// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace NFUnitTest
{
    /// <summary>Counts up from a first byte: predictable "random" bytes for vectors and nonces.</summary>
    public sealed class FixedRandom : IRandomSource
    {
        private byte _next;

        /// <summary>Initializes a new instance of the <see cref="FixedRandom"/> class.</summary>
        /// <param name="first">The first byte handed out.</param>
        public FixedRandom(byte first)
        {
            _next = first;
        }

        /// <summary>Fills the buffer with the next bytes of the sequence.</summary>
        /// <param name="buffer">The buffer.</param>
        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = _next++;
            }
        }
    }
}
