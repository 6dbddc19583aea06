// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>
    /// <c>okf bridge</c>: links every device paired in the bridge's own key file to Home Assistant over MQTT discovery.
    /// Home Assistant sees only what authenticated device messages said; its commands become sealed commands.
    /// </summary>
    public sealed class BridgeService
    {
        private readonly OwnerClient _client;
        private readonly BridgeOptions _options;
        private readonly Action<string> _log;

        /// <summary>Creates the service.</summary>
        /// <param name="client">Owner client of the bridge's key file and the devices' broker.</param>
        /// <param name="options">Home Assistant's broker, topics, notifications.</param>
        /// <param name="log">Receives log lines (from several threads, one line per call).</param>
        public BridgeService(OwnerClient client, BridgeOptions options, Action<string> log)
        {
            _client = client;
            _options = options;
            _log = log;
        }

        /// <summary>Runs until cancelled (Ctrl+C, SIGTERM), then announces the bridge offline.</summary>
        /// <param name="cancel">Stops the bridge.</param>
        /// <exception cref="OwnerToolException">NotPaired, KeyFileProblem, or Home Assistant's broker refused at start.</exception>
        public void Run(CancellationToken cancel)
        {
            OwnerKeyFile file = _client.LoadKeys();
            if (file.Devices.Count == 0)
            {
                throw new OwnerToolException(ExitCode.NotPaired, "the bridge's key file pairs no device: get an invite ('okf invite' by an admin) "
                    + "and pair this key file with it.");
            }

            BridgeTopics topics = _options.Topics;
            using var ha = new HomeAssistantLink(_options.HomeAssistant, OwnerClient.PersistentClientId(_client.ClientIdSecret(file), "bridge/ha"), topics, _log);
            var devices = new Dictionary<string, DeviceBridge>();
            foreach (PairedDevice device in file.Devices)
            {
                devices[device.DeviceId] = new DeviceBridge(_client, device, ha, _options, _log);
            }

            ha.Connected = () =>
            {
                foreach (DeviceBridge device in devices.Values)
                {
                    device.Announce();
                }
            };
            ha.Connect();
            _log("bridge: " + devices.Count + " device(s) announced to home assistant under " + topics.DiscoveryPrefix + "/, states under "
                + topics.BaseTopic + "/");
            foreach (DeviceBridge device in devices.Values)
            {
                device.Start(cancel);
            }

            ha.Run(message => Dispatch(message, devices, ha), cancel);

            // "offline" first: Ctrl+C and SIGTERM give the process about 2 s before it is ended anyway.
            ha.Dispose();
            foreach (DeviceBridge device in devices.Values)
            {
                device.Join();
            }

            _log("bridge: stopped; home assistant shows its entities unavailable");
        }

        private void Dispatch(InboundMessage message, Dictionary<string, DeviceBridge> devices, HomeAssistantLink ha)
        {
            string payload = Encoding.UTF8.GetString(message.Payload);
            if (message.Topic == _options.Topics.HomeAssistantStatus)
            {
                if (payload == BridgeTopics.Online && !message.Retained)
                {
                    // Home Assistant restarted: it forgets non-retained state, so everything goes out again.
                    ha.Connected?.Invoke();
                }

                return;
            }

            if (message.Retained)
            {
                // A retained command would run again on every reconnect: commands are momentary.
                _log("bridge: ignored a retained message on " + message.Topic);
                return;
            }

            if (_options.Topics.TryParseCommand(message.Topic, out string deviceId, out string objectId) && devices.TryGetValue(deviceId, out DeviceBridge target))
            {
                target.Command(objectId, payload);
            }
        }
    }
}
