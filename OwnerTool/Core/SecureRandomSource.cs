// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using Shared.Crypto.Primitives;
using BclCrypto = bcl::System.Security.Cryptography;

namespace OwnerTool.Core
{
    /// <summary>Keys, nonces and pass ids come from the operating system's CSPRNG (never System.Random).</summary>
    public sealed class SecureRandomSource : IRandomSource
    {
        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            BclCrypto.RandomNumberGenerator.Fill(buffer);
        }
    }
}
