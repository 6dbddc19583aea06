// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Config;

namespace GarageOpener.Firmware.Board
{
    /// <summary>
    /// Compile-time configuration a maker edits before building; <c>config.txt</c> on the device's internal drive
    /// (I:\) overrides it line by line. Deploy that file with nanoff's file deployment
    /// (<c>nanoff --filedeployment deploy.json</c>, where deploy.json lists the serial port and
    /// <c>"Files": [ { "DestinationFilePath": "I:\\config.txt", "SourceFilePath": "config.txt" } ]</c>; a ready-made
    /// one is in hardware/deploy). There is no default password:
    /// leave the Wi-Fi empty here and put it in config.txt so it never lands in a repository.
    /// </summary>
    public static class DeviceDefaults
    {
        /// <summary>Device kind in the pairing URI.</summary>
        public const string Kind = "garage";

        /// <summary>Where the device keeps its records and config.txt.</summary>
        public const string StorageRoot = "I:\\";

        /// <summary>Builds the defaults.</summary>
        /// <returns>A configuration to override with config.txt.</returns>
        public static DeviceConfig Create()
        {
            DeviceConfig config = new DeviceConfig();
            config.DeviceName = "garage-opener";
            config.DeviceKind = Kind;
            config.BrokerHost = string.Empty;
            config.BrokerPort = DeviceConfig.DefaultPort;
            config.BrokerTls = false;
            config.WifiSsid = string.Empty;
            config.WifiPassword = string.Empty;
            return config;
        }
    }
}
