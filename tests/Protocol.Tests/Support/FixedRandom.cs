// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Protocol.Tests.Support
{
    /// <summary>A "random" source that returns consecutive byte values: stable inputs for the test vectors.</summary>
    public sealed class FixedRandom : IRandomSource
    {
        private byte _next;

        public FixedRandom(byte first)
        {
            _next = first;
        }

        public void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = _next++;
            }
        }
    }
}
