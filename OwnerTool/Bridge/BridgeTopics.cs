// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Bridge
{
    /// <summary>
    /// The topics the bridge uses on Home Assistant's broker: discovery under <see cref="DiscoveryPrefix"/>
    /// (<c>homeassistant/COMPONENT/okf_ID/OBJECT/config</c>), the states it publishes and the commands it takes under
    /// <see cref="BaseTopic"/> (<c>okf-bridge/ID/OBJECT/state</c>, <c>.../set</c>). Nothing here is sealed: this broker is
    /// the house's own and sees only what Home Assistant shows anyway.
    /// </summary>
    public sealed class BridgeTopics
    {
        /// <summary>Home Assistant's default discovery prefix.</summary>
        public const string DefaultDiscoveryPrefix = "homeassistant";

        /// <summary>The default base of the bridge's own topics.</summary>
        public const string DefaultBaseTopic = "okf-bridge";

        /// <summary>Home Assistant's availability payloads for the bridge itself.</summary>
        public const string Online = "online";

        /// <summary>Payload of the bridge's last will and clean stop.</summary>
        public const string Offline = "offline";

        /// <summary>Creates the topic scheme.</summary>
        /// <param name="discoveryPrefix">Discovery prefix (Home Assistant's setting, default homeassistant).</param>
        /// <param name="baseTopic">Base of the bridge's state and command topics.</param>
        public BridgeTopics(string discoveryPrefix, string baseTopic)
        {
            DiscoveryPrefix = (discoveryPrefix ?? DefaultDiscoveryPrefix).TrimEnd('/');
            BaseTopic = (baseTopic ?? DefaultBaseTopic).TrimEnd('/');
        }

        /// <summary>Gets the discovery prefix.</summary>
        public string DiscoveryPrefix { get; }

        /// <summary>Gets the base of the state and command topics.</summary>
        public string BaseTopic { get; }

        /// <summary>Gets the bridge's availability topic (retained online; offline by last will or on a clean stop).</summary>
        public string Availability => BaseTopic + "/bridge/availability";

        /// <summary>Gets the notification topic: one JSON message per ring or open alert, for automations and push services.</summary>
        public string Notifications => BaseTopic + "/notify";

        /// <summary>Gets Home Assistant's own status topic (it publishes online when it starts: discovery is sent again then).</summary>
        public string HomeAssistantStatus => DiscoveryPrefix + "/status";

        /// <summary>Gets the wildcard that covers every command topic.</summary>
        public string AllCommands => BaseTopic + "/+/+/set";

        /// <summary>Node id of a device in discovery topics and unique ids.</summary>
        /// <param name="deviceId">Device id (hex).</param>
        /// <returns>okf_ID.</returns>
        public static string NodeId(string deviceId) => "okf_" + deviceId;

        /// <summary>The retained discovery config topic of one entity.</summary>
        /// <param name="component">cover, binary_sensor, event, lock.</param>
        /// <param name="deviceId">Device id.</param>
        /// <param name="objectId">Entity within the device (door, online ...).</param>
        /// <returns>The topic.</returns>
        public string Config(string component, string deviceId, string objectId)
        {
            return DiscoveryPrefix + "/" + component + "/" + NodeId(deviceId) + "/" + objectId + "/config";
        }

        /// <summary>The state topic of one entity.</summary>
        /// <param name="deviceId">Device id.</param>
        /// <param name="objectId">Entity.</param>
        /// <returns>The topic.</returns>
        public string State(string deviceId, string objectId) => BaseTopic + "/" + deviceId + "/" + objectId + "/state";

        /// <summary>The command topic of one entity.</summary>
        /// <param name="deviceId">Device id.</param>
        /// <param name="objectId">Entity.</param>
        /// <returns>The topic.</returns>
        public string Command(string deviceId, string objectId) => BaseTopic + "/" + deviceId + "/" + objectId + "/set";

        /// <summary>Splits a command topic into device id and entity.</summary>
        /// <param name="topic">The topic.</param>
        /// <param name="deviceId">Device id.</param>
        /// <param name="objectId">Entity.</param>
        /// <returns>False for any other topic.</returns>
        public bool TryParseCommand(string topic, out string deviceId, out string objectId)
        {
            deviceId = null;
            objectId = null;
            string prefix = BaseTopic + "/";
            if (topic == null || !topic.StartsWith(prefix, System.StringComparison.Ordinal) || !topic.EndsWith("/set", System.StringComparison.Ordinal))
            {
                return false;
            }

            string[] parts = topic.Substring(prefix.Length).Split('/');
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return false;
            }

            deviceId = parts[0];
            objectId = parts[1];
            return true;
        }
    }
}
