// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using Shared.Runtime.Storage;

namespace VirtualDevice.Host
{
    /// <summary>Builds the DevicePlatform of a virtual device: state folder, OS RNG, native crypto over the host emulation, MQTT.</summary>
    public static class VirtualPlatform
    {
        /// <summary>Creates the platform.</summary>
        /// <param name="defaults">The device's default configuration (its DeviceDefaults.Create()); filled in here.</param>
        /// <param name="stateDirectory">Folder that plays the device's I:\ drive (config.txt is read from it too).</param>
        /// <param name="brokerHost">Broker host.</param>
        /// <param name="brokerPort">Broker port.</param>
        /// <param name="deviceName">Device name.</param>
        /// <param name="log">Console.</param>
        /// <param name="clock">Monotonic clock.</param>
        /// <returns>The platform.</returns>
        public static DevicePlatform Create(DeviceConfig defaults, string stateDirectory, string brokerHost, int brokerPort,
            string deviceName, ILog log, IClock clock)
        {
            DeviceConfig config = defaults;
            config.BrokerHost = brokerHost;
            config.BrokerPort = brokerPort;
            config.DeviceName = deviceName;
            FileStorageMedium storage = new FileStorageMedium(stateDirectory);
            config.Load(storage, log);
            return DeviceBoot.CreatePlatform(config, storage, new HostRandom(), clock, log);
        }

        /// <summary>Parses HOST:PORT (the port defaults to 1883).</summary>
        /// <param name="text">The text.</param>
        /// <param name="host">Host.</param>
        /// <param name="port">Port.</param>
        /// <returns>False when malformed.</returns>
        public static bool TryParseBroker(string text, out string host, out int port)
        {
            host = text;
            port = DeviceConfig.DefaultPort;
            int colon = text.LastIndexOf(':');
            if (colon > 0)
            {
                host = text.Substring(0, colon);
                if (!int.TryParse(text.Substring(colon + 1), out port) || port < 1 || port > 65535)
                {
                    return false;
                }
            }

            return host.Length > 0;
        }
    }
}
