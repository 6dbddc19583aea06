// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using Shared.Crypto.Primitives;

namespace EndToEnd.Tests.Support
{
    /// <summary>The in-process devices' RNG: the operating system's CSPRNG, as the virtual device launchers use.</summary>
    public sealed class OsRandom : IRandomSource
    {
        /// <inheritdoc/>
        public void NextBytes(byte[] buffer)
        {
            bcl::System.Security.Cryptography.RandomNumberGenerator.Fill(buffer);
        }
    }
}
