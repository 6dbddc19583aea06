// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Runtime.Device
{
    /// <summary>A firmware's command handler plus the one-byte state its audit entries record.</summary>
    public interface IDeviceActions : ICommandHandler
    {
        /// <summary>Gets the device's current state as one byte (door state, doorbell flags).</summary>
        byte StateCode { get; }
    }
}
