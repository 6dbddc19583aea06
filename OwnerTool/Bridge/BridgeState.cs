// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Text.Json.Nodes;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>
    /// What Home Assistant is shown of one device, derived only from authenticated messages: snapshots in events and
    /// command results (DEVICES.md §2.2, §3.2), rings and motion. Snapshots are applied in the device's counter order,
    /// so a result that was overtaken by a newer event never moves the door back. Retained values are remembered and
    /// published again after Home Assistant or its broker restarts.
    /// </summary>
    public sealed class BridgeState
    {
        /// <summary>Binary sensor on.</summary>
        public const string On = "ON";

        /// <summary>Binary sensor off.</summary>
        public const string Off = "OFF";

        /// <summary>Cover command: open.</summary>
        public const string OpenCommand = "OPEN";

        /// <summary>Cover command: close.</summary>
        public const string CloseCommand = "CLOSE";

        /// <summary>Cover command: stop.</summary>
        public const string StopCommand = "STOP";

        /// <summary>Lock command: lock the strike.</summary>
        public const string LockCommand = "LOCK";

        /// <summary>Lock command: release the strike for the configured seconds.</summary>
        public const string UnlockCommand = "UNLOCK";

        /// <summary>Lock state: strike locked.</summary>
        public const string LockedState = "LOCKED";

        /// <summary>Lock state: strike released.</summary>
        public const string UnlockedState = "UNLOCKED";

        /// <summary>Cover payload that resets Home Assistant's cover to an unknown state.</summary>
        public const string UnknownCoverState = "None";

        // Door states by snapshot byte 0 (DEVICES.md §2.2): Unknown and Fault leave the position unknown.
        private static readonly string[] CoverStates = { UnknownCoverState, "closed", "opening", "open", "closing", "stopped", UnknownCoverState };

        private const int GarageSnapshotSize = 9;
        private const int DoorbellSnapshotSize = 14;
        private const byte GarageFault = 6;
        private const byte ObstructedFlag = 0x01;
        private const byte StrikeFittedFlag = 0x10;
        private const byte StrikeUnlockedFlag = 0x20;

        private readonly BridgeTopics _topics;
        private readonly PairedDevice _device;
        private readonly Dictionary<string, string> _retained = new Dictionary<string, string>();
        private long _snapshotCounter;

        /// <summary>Creates the state of one device (nothing known yet).</summary>
        /// <param name="topics">Topic scheme.</param>
        /// <param name="device">The device.</param>
        public BridgeState(BridgeTopics topics, PairedDevice device)
        {
            _topics = topics;
            _device = device;
        }

        /// <summary>One message for Home Assistant's broker.</summary>
        /// <param name="Topic">Topic.</param>
        /// <param name="Payload">Payload text.</param>
        /// <param name="Retain">Retained (states) or not (events).</param>
        public sealed record Publication(string Topic, string Payload, bool Retain);

        /// <summary>Gets the device.</summary>
        public PairedDevice Device => _device;

        /// <summary>Gets whether the doorbell has a strike: null until an authenticated snapshot said.</summary>
        public bool? StrikeFitted { get; private set; }

        /// <summary>Gets the door state name of the newest snapshot ("open" ...), or null.</summary>
        public string DoorState { get; private set; }

        /// <summary>Gets every retained value published so far (to publish again after a reconnect).</summary>
        /// <returns>The publications.</returns>
        public IReadOnlyList<Publication> Retained()
        {
            lock (_retained)
            {
                var all = new List<Publication>();
                foreach (KeyValuePair<string, string> pair in _retained)
                {
                    all.Add(new Publication(pair.Key, pair.Value, true));
                }

                return all;
            }
        }

        /// <summary>The device answered or sent an event: proof that it is online.</summary>
        /// <returns>What to publish.</returns>
        public IReadOnlyList<Publication> Alive() => Set(BridgeDiscovery.OnlineSensor, On);

        /// <summary>The device's status topic said offline (unauthenticated, but the broker can cut a device off anyway).</summary>
        /// <returns>What to publish.</returns>
        public IReadOnlyList<Publication> Offline() => Set(BridgeDiscovery.OnlineSensor, Off);

        /// <summary>Applies a snapshot from an authenticated event or result, unless a newer one was applied already.</summary>
        /// <param name="deviceCounter">The device's counter on the message carrying it (0 = unknown: applied).</param>
        /// <param name="snapshot">Snapshot bytes.</param>
        /// <returns>What to publish (empty for a stale or short snapshot).</returns>
        public IReadOnlyList<Publication> ApplySnapshot(long deviceCounter, byte[] snapshot)
        {
            var changes = new List<Publication>();
            lock (_retained)
            {
                if (deviceCounter > 0 && deviceCounter <= _snapshotCounter)
                {
                    return changes;
                }

                if (_device.Kind == DeviceActions.Garage && snapshot.Length >= GarageSnapshotSize)
                {
                    byte door = snapshot[0];
                    DoorState = EventNames.DoorState(_device.Kind, new DeviceEvent(0x01, 0, snapshot, 0));
                    changes.AddRange(Set(BridgeDiscovery.Door, door < CoverStates.Length ? CoverStates[door] : UnknownCoverState));
                    changes.AddRange(Set(BridgeDiscovery.Obstruction, (snapshot[1] & ObstructedFlag) != 0 ? On : Off));
                    changes.AddRange(Set(BridgeDiscovery.Fault, door == GarageFault ? On : Off));
                }
                else if (_device.Kind == DeviceActions.Doorbell && snapshot.Length >= DoorbellSnapshotSize)
                {
                    StrikeFitted = (snapshot[0] & StrikeFittedFlag) != 0;
                    changes.AddRange(Set(BridgeDiscovery.Strike, (snapshot[0] & StrikeUnlockedFlag) != 0 ? UnlockedState : LockedState));
                }
                else
                {
                    return changes;
                }

                _snapshotCounter = deviceCounter > 0 ? deviceCounter : _snapshotCounter;
            }

            return changes;
        }

        /// <summary>Milliseconds the strike stays released according to a doorbell snapshot (0 when locked or not a doorbell).</summary>
        /// <param name="snapshot">Snapshot bytes.</param>
        /// <returns>Milliseconds left.</returns>
        public int StrikeMillisecondsLeft(byte[] snapshot)
        {
            if (_device.Kind != DeviceActions.Doorbell || snapshot.Length < DoorbellSnapshotSize || (snapshot[0] & StrikeUnlockedFlag) == 0)
            {
                return 0;
            }

            return (snapshot[3] << 8) | snapshot[4];
        }

        /// <summary>A ring or motion event for Home Assistant's event entity (never retained: a restart must not ring again).</summary>
        /// <param name="eventType">ring or motion.</param>
        /// <param name="e">The authenticated event (its time goes along).</param>
        /// <returns>The publication.</returns>
        public Publication DoorbellEvent(string eventType, DeviceEvent e)
        {
            var payload = new JsonObject { ["event_type"] = eventType };
            AddTime(payload, e.UtcSeconds);
            return new Publication(_topics.State(_device.DeviceId, BridgeDiscovery.Ring), payload.ToJsonString(), false);
        }

        /// <summary>The garage's open alert for Home Assistant's event entity.</summary>
        /// <param name="text">"garage open for 10 minutes".</param>
        /// <param name="minutes">Minutes open.</param>
        /// <returns>The publication.</returns>
        public Publication OpenAlert(string text, int minutes)
        {
            var payload = new JsonObject { ["event_type"] = BridgeDiscovery.OpenAlertEvent, ["message"] = text, ["minutes"] = minutes };
            return new Publication(_topics.State(_device.DeviceId, BridgeDiscovery.Alert), payload.ToJsonString(), false);
        }

        /// <summary>A notification for push services and automations on the bridge's notify topic.</summary>
        /// <param name="name">Event name ("ring", "open-alert" ...).</param>
        /// <param name="text">The words okf watch prints.</param>
        /// <param name="utcSeconds">When (0 = unknown).</param>
        /// <returns>The publication.</returns>
        public Publication Notification(string name, string text, long utcSeconds)
        {
            var payload = new JsonObject { ["device"] = _device.Name, ["kind"] = _device.Kind, ["event"] = name, ["message"] = text };
            AddTime(payload, utcSeconds);
            return new Publication(_topics.Notifications, payload.ToJsonString(), false);
        }

        private static void AddTime(JsonObject payload, long utcSeconds)
        {
            if (utcSeconds > 0)
            {
                payload["time"] = System.DateTimeOffset.FromUnixTimeSeconds(utcSeconds).ToString("yyyy-MM-ddTHH:mm:ssZ");
            }
        }

        private IReadOnlyList<Publication> Set(string objectId, string value)
        {
            string topic = _topics.State(_device.DeviceId, objectId);
            lock (_retained)
            {
                if (_retained.TryGetValue(topic, out string old) && old == value)
                {
                    return new Publication[0];
                }

                _retained[topic] = value;
            }

            return new[] { new Publication(topic, value, true) };
        }
    }
}
