// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Crypto.Primitives.Tests
{
    /// <summary>Both implementations of the seam, for theories that must hold for each.</summary>
    internal static class Backends
    {
        internal static ICryptoBackend Create(string name)
        {
            return name == "native" ? new NativeCryptoBackend() : new ManagedCryptoBackend();
        }
    }
}
