// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.Board;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace VirtualDevice.Host
{
    /// <summary>What differs between the virtual devices: their name, defaults, board wiring and firmware entry points.</summary>
    public sealed class VirtualDeviceProfile
    {
        /// <summary>Device kind shown by the console runner and the default <c>--name</c> (e.g. "doorbell").</summary>
        public string Name { get; init; }

        /// <summary>The device's default configuration (its DeviceDefaults.Create).</summary>
        public Func<DeviceConfig> Defaults { get; init; }

        /// <summary>Labels (and, where the wiring has them, pulls) the board's pins for the device's pin map.</summary>
        public Action<VirtualBoard> Wire { get; init; }

        /// <summary>Boots the firmware without the network (Program.Start).</summary>
        public Action<ILog> StartOffline { get; init; }

        /// <summary>Boots the firmware with the runtime on the given platform (Program.Run).</summary>
        public Action<DevicePlatform> Run { get; init; }
    }
}
