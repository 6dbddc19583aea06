// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Shared.Runtime.Device
{
    /// <summary>Creates a crypto backend; may throw when the firmware lacks what the backend needs.</summary>
    /// <returns>The backend.</returns>
    public delegate ICryptoBackend CryptoBackendFactory();
}
