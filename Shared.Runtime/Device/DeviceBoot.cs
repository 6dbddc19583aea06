// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Shared.Crypto.Primitives;
using Shared.Runtime.Config;
using Shared.Runtime.Network;
using Shared.Runtime.Platform;
using Shared.Crypto.Storage;
using Shared.Runtime.Storage;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The boot steps every device shares after its pins are safe: configuration, Wi-Fi, then the platform the
    /// runtime runs on. Each Program opens its outputs inactive before calling in here.
    /// </summary>
    public static class DeviceBoot
    {
        /// <summary>Wait between two Wi-Fi attempts.</summary>
        public const int WifiRetryMs = 10000;

        /// <summary>Largest CA certificate file read (a PEM chain of a few certificates).</summary>
        public const int MaxCaFileSize = 8192;

        /// <summary>
        /// Loads the configuration from the device's storage, joins Wi-Fi and builds the device platform. An
        /// invalid configuration parks the calling thread for good: the local device logic keeps running.
        /// </summary>
        /// <param name="config">The device's defaults; config.txt overrides them.</param>
        /// <param name="storageRoot">Root folder of the device's storage.</param>
        /// <param name="deviceName">Prefix of the log line about a bad configuration.</param>
        /// <param name="log">Where boot lines go.</param>
        /// <param name="clock">The monotonic clock.</param>
        /// <returns>The platform, hardware RNG and all, ready for the runtime.</returns>
        public static DevicePlatform ConnectPlatform(DeviceConfig config, string storageRoot, string deviceName,
            ILog log, IClock clock)
        {
            FileStorageMedium storage = new FileStorageMedium(storageRoot);
            config.Load(storage, log);
            if (!config.Validate(log))
            {
                log.WriteLine(deviceName + ": fix the configuration; running without the network");
                Thread.Sleep(Timeout.Infinite);
            }

            // The identity is made from the hardware RNG, which is truly random only with the radio on.
            // With TLS the connection waits for SNTP time as well: certificate dates cannot be checked without it.
            while (!WifiLink.Connect(config.WifiSsid, config.WifiPassword, config.BrokerTls, log))
            {
                Thread.Sleep(WifiRetryMs);
            }

            return CreatePlatform(config, storage, new HardwareRandom(), clock, log);
        }

        /// <summary>
        /// Builds a platform over a loaded configuration: the native crypto if its boot probe passes (else the
        /// managed backend), MQTT to the configured broker, power reboot. A virtual device calls this with its own
        /// storage folder and RNG.
        /// </summary>
        /// <param name="config">The loaded configuration.</param>
        /// <param name="storage">The device's storage.</param>
        /// <param name="random">The random source of identities and nonces.</param>
        /// <param name="clock">The monotonic clock.</param>
        /// <param name="log">Where runtime lines go.</param>
        /// <returns>The platform.</returns>
        public static DevicePlatform CreatePlatform(DeviceConfig config, IStorageMedium storage, IRandomSource random,
            IClock clock, ILog log)
        {
            DevicePlatform platform = new DevicePlatform();
            platform.Config = config;
            platform.Storage = storage;
            platform.Random = random;
            platform.Crypto = CryptoBackendSelector.Select(CryptoBackendSelector.CreateNative, log);
            platform.Clock = clock;
            platform.Log = log;
            platform.Transport = new MqttTransport(config.BrokerHost, config.BrokerPort, config.BrokerTls, config.BrokerUser,
                config.BrokerPassword, LoadCaCertificate(config, storage, log), random, log);
            platform.Rebooter = new PowerRebooter(log);
            return platform;
        }
    
        /// <summary>
        /// Reads the PEM CA certificate named by broker.ca from the device's storage; null (use the CA deployed
        /// with nanoff --networkdeployment) when none is named or the file cannot be read, which is logged.
        /// </summary>
        /// <param name="config">The loaded configuration.</param>
        /// <param name="storage">The device's storage.</param>
        /// <param name="log">Where the reason goes.</param>
        /// <returns>The certificate, or null.</returns>
        public static X509Certificate LoadCaCertificate(DeviceConfig config, IStorageMedium storage, ILog log)
        {
            if (!config.BrokerTls || config.BrokerCaPath.Length == 0)
            {
                return null;
            }

            int length = storage.Length(config.BrokerCaPath);
            byte[] pem = length > 0 && length <= MaxCaFileSize ? new byte[length] : null;
            if (pem == null || storage.Read(config.BrokerCaPath, pem, 0, length) != length)
            {
                log.WriteLine("tls: broker.ca file '" + config.BrokerCaPath + "' is missing, empty or over "
                    + MaxCaFileSize.ToString() + " bytes; using the CA deployed with nanoff --networkdeployment");
                return null;
            }

            return new X509Certificate(pem);
        }
    }
}
