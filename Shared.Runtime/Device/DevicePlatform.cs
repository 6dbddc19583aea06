// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Network;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// Everything that differs between the device and the PC, built once by the Program: storage root, RNG,
    /// crypto backend, clock, console, transport, reboot. The device uses I:\, the hardware RNG, the native
    /// crypto and MQTT; a virtual device a state folder, an RNG backed by RandomNumberGenerator and the same
    /// native backend over the host emulation; unit tests an in-memory store and transport.
    /// </summary>
    public sealed class DevicePlatform
    {
        /// <summary>Configuration (broker, device name and kind).</summary>
        public DeviceConfig Config;

        /// <summary>Persistent storage root.</summary>
        public IStorageMedium Storage;

        /// <summary>Cryptographically strong randomness (never System.Random on the PC).</summary>
        public IRandomSource Random;

        /// <summary>Crypto primitives.</summary>
        public ICryptoBackend Crypto;

        /// <summary>Monotonic clock.</summary>
        public IClock Clock;

        /// <summary>Console.</summary>
        public ILog Log;

        /// <summary>The message channel.</summary>
        public IMessageTransport Transport;

        /// <summary>What the supervisor calls on a wedged loop.</summary>
        public IRebooter Rebooter;
    }
}
