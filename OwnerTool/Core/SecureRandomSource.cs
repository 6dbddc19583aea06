// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Security.Cryptography;
using Shared.Crypto.Primitives;

namespace OwnerTool.Core
{
    /// <summary>Keys, nonces and pass ids come from the operating system's CSPRNG (never System.Random).</summary>
    public sealed class SecureRandomSource : IRandomSource
    {
        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            RandomNumberGenerator.Fill(buffer);
        }
    }
}
