// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Text.Json.Nodes;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>
    /// Home Assistant MQTT discovery configs for one paired device (Home Assistant's documented schema for the cover,
    /// binary_sensor, event and lock platforms). A garage becomes a garage cover with online, obstruction and fault
    /// sensors and an "open too long" event; a doorbell becomes a doorbell event, an online sensor and, where a strike
    /// is fitted, a lock. Every entity is unavailable while the bridge is; the cover and the lock also while the device
    /// is offline (availability mode all).
    /// </summary>
    public static class BridgeDiscovery
    {
        /// <summary>Entity of the garage door (cover).</summary>
        public const string Door = "door";

        /// <summary>Entity of the device's connectivity (binary_sensor).</summary>
        public const string OnlineSensor = "online";

        /// <summary>Entity of the garage obstruction flag (binary_sensor).</summary>
        public const string Obstruction = "obstruction";

        /// <summary>Entity of the garage fault state (binary_sensor).</summary>
        public const string Fault = "fault";

        /// <summary>Entity of the garage's "open for N minutes" notice (event).</summary>
        public const string Alert = "alert";

        /// <summary>Entity of the doorbell's rings and motion (event).</summary>
        public const string Ring = "ring";

        /// <summary>Entity of the doorbell's door strike (lock).</summary>
        public const string Strike = "strike";

        /// <summary>Event type of a ring.</summary>
        public const string RingEvent = "ring";

        /// <summary>Event type of motion.</summary>
        public const string MotionEvent = "motion";

        /// <summary>Event type of the garage open alert.</summary>
        public const string OpenAlertEvent = "open_alert";

        /// <summary>One retained config message.</summary>
        /// <param name="Topic">Discovery topic.</param>
        /// <param name="Payload">The JSON config, or null to remove the entity (an empty retained payload).</param>
        public sealed record Config(string Topic, JsonObject Payload);

        /// <summary>Builds the configs of one device.</summary>
        /// <param name="topics">Topic scheme.</param>
        /// <param name="device">The paired device.</param>
        /// <param name="strikeFitted">Doorbell only: true when a status showed a strike, false when it showed none, null while unknown.</param>
        /// <returns>The configs (a lock removal when the doorbell has no strike).</returns>
        public static IReadOnlyList<Config> For(BridgeTopics topics, PairedDevice device, bool? strikeFitted)
        {
            var configs = new List<Config>();
            string id = device.DeviceId;
            configs.Add(new Config(topics.Config("binary_sensor", id, OnlineSensor), Online(topics, device)));
            if (device.Kind == DeviceActions.Garage)
            {
                JsonObject cover = Entity(topics, device, Door, null, true);
                cover["device_class"] = "garage";
                cover["command_topic"] = topics.Command(id, Door);
                cover["state_topic"] = topics.State(id, Door);
                cover["payload_open"] = BridgeState.OpenCommand;
                cover["payload_close"] = BridgeState.CloseCommand;
                cover["payload_stop"] = BridgeState.StopCommand;
                cover["state_open"] = "open";
                cover["state_opening"] = "opening";
                cover["state_closed"] = "closed";
                cover["state_closing"] = "closing";
                cover["state_stopped"] = "stopped";
                cover["optimistic"] = false;
                cover["qos"] = 1;
                configs.Add(new Config(topics.Config("cover", id, Door), cover));
                configs.Add(new Config(topics.Config("binary_sensor", id, Obstruction), Flag(topics, device, Obstruction, "Obstruction", "safety")));
                configs.Add(new Config(topics.Config("binary_sensor", id, Fault), Flag(topics, device, Fault, "Fault", "problem")));
                JsonObject alert = Entity(topics, device, Alert, "Open alert", false);
                alert["state_topic"] = topics.State(id, Alert);
                alert["event_types"] = new JsonArray(OpenAlertEvent);
                configs.Add(new Config(topics.Config("event", id, Alert), alert));
            }
            else if (device.Kind == DeviceActions.Doorbell)
            {
                JsonObject ring = Entity(topics, device, Ring, null, false);
                ring["device_class"] = "doorbell";
                ring["state_topic"] = topics.State(id, Ring);
                ring["event_types"] = new JsonArray(RingEvent, MotionEvent);
                configs.Add(new Config(topics.Config("event", id, Ring), ring));
                if (strikeFitted == true)
                {
                    JsonObject strike = Entity(topics, device, Strike, "Door strike", true);
                    strike["command_topic"] = topics.Command(id, Strike);
                    strike["state_topic"] = topics.State(id, Strike);
                    strike["payload_lock"] = BridgeState.LockCommand;
                    strike["payload_unlock"] = BridgeState.UnlockCommand;
                    strike["state_locked"] = BridgeState.LockedState;
                    strike["state_unlocked"] = BridgeState.UnlockedState;
                    strike["optimistic"] = false;
                    strike["qos"] = 1;
                    configs.Add(new Config(topics.Config("lock", id, Strike), strike));
                }
                else if (strikeFitted == false)
                {
                    configs.Add(new Config(topics.Config("lock", id, Strike), null));
                }
            }

            return configs;
        }

        private static JsonObject Online(BridgeTopics topics, PairedDevice device)
        {
            JsonObject online = Flag(topics, device, OnlineSensor, "Online", "connectivity");
            online["entity_category"] = "diagnostic";
            return online;
        }

        private static JsonObject Flag(BridgeTopics topics, PairedDevice device, string objectId, string name, string deviceClass)
        {
            JsonObject flag = Entity(topics, device, objectId, name, false);
            flag["device_class"] = deviceClass;
            flag["state_topic"] = topics.State(device.DeviceId, objectId);
            flag["payload_on"] = BridgeState.On;
            flag["payload_off"] = BridgeState.Off;
            return flag;
        }

        // name null: the device's main feature, which Home Assistant names after the device.
        private static JsonObject Entity(BridgeTopics topics, PairedDevice device, string objectId, string name, bool needsDevice)
        {
            var availability = new JsonArray(new JsonObject
            {
                ["topic"] = topics.Availability,
                ["payload_available"] = BridgeTopics.Online,
                ["payload_not_available"] = BridgeTopics.Offline,
            });
            if (needsDevice)
            {
                // Commands can only work while the device answers: show the entity unavailable while it is offline.
                availability.Add(new JsonObject
                {
                    ["topic"] = topics.State(device.DeviceId, OnlineSensor),
                    ["payload_available"] = BridgeState.On,
                    ["payload_not_available"] = BridgeState.Off,
                });
            }

            return new JsonObject
            {
                ["name"] = name,
                ["unique_id"] = BridgeTopics.NodeId(device.DeviceId) + "_" + objectId,
                ["availability"] = availability,
                ["availability_mode"] = "all",
                ["device"] = new JsonObject
                {
                    ["identifiers"] = new JsonArray(BridgeTopics.NodeId(device.DeviceId)),
                    ["name"] = device.Name,
                    ["manufacturer"] = "owner-keyed firmware",
                    ["model"] = device.Kind == DeviceActions.Garage ? "garage opener" : device.Kind,
                },
                ["origin"] = new JsonObject { ["name"] = "okf bridge" },
            };
        }
    }
}
