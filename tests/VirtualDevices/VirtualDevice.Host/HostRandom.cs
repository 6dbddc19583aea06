// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using Shared.Crypto.Primitives;

namespace VirtualDevice.Host
{
    /// <summary>The virtual device's RNG: the operating system's CSPRNG (never System.Random).</summary>
    public sealed class HostRandom : IRandomSource
    {
        /// <inheritdoc/>
        public void NextBytes(byte[] buffer)
        {
            bcl::System.Security.Cryptography.RandomNumberGenerator.Fill(buffer);
        }
    }
}
