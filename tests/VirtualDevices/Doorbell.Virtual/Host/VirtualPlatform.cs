// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Shared.Runtime.Network;
using Shared.Runtime.Platform;
using Shared.Runtime.Storage;

namespace Doorbell.Virtual
{
    /// <summary>Builds the DevicePlatform of a virtual device: state folder, OS RNG, native crypto over the host emulation, MQTT.</summary>
    public static class VirtualPlatform
    {
        /// <summary>Creates the platform.</summary>
        /// <param name="stateDirectory">Folder that plays the device's I:\ drive (config.txt is read from it too).</param>
        /// <param name="brokerHost">Broker host.</param>
        /// <param name="brokerPort">Broker port.</param>
        /// <param name="deviceName">Device name.</param>
        /// <param name="log">Console.</param>
        /// <param name="clock">Monotonic clock.</param>
        /// <returns>The platform.</returns>
        public static DevicePlatform Create(string stateDirectory, string brokerHost, int brokerPort, string deviceName,
            ILog log, IClock clock)
        {
            DeviceConfig config = Doorbell.Firmware.Board.DeviceDefaults.Create();
            config.BrokerHost = brokerHost;
            config.BrokerPort = brokerPort;
            config.DeviceName = deviceName;
            FileStorageMedium storage = new FileStorageMedium(stateDirectory);
            config.Load(storage, log);
            DevicePlatform platform = new DevicePlatform();
            platform.Config = config;
            platform.Storage = storage;
            platform.Random = new HostRandom();
            platform.Crypto = new NativeCryptoBackend();
            platform.Clock = clock;
            platform.Log = log;
            platform.Transport = new MqttTransport(config.BrokerHost, config.BrokerPort, config.BrokerTls, platform.Random, log);
            platform.Rebooter = new PowerRebooter(log);
            return platform;
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
