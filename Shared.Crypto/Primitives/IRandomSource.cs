// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// A source of unpredictable bytes for keys, nonces and pairing secrets. Tests replace it with a seeded fake.
    /// </summary>
    public interface IRandomSource
    {
        /// <summary>
        /// Fills <paramref name="buffer"/> entirely with random bytes.
        /// </summary>
        /// <param name="buffer">The buffer to fill.</param>
        void NextBytes(byte[] buffer);
    }
}
