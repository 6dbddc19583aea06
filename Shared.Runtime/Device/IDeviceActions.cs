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

        /// <summary>
        /// Factory reset: puts the firmware's settings back to their defaults in RAM. The runtime has already
        /// erased their records (every record read or written through it), so the next owner inherits nothing.
        /// </summary>
        void RestoreDefaults();
    }
}
