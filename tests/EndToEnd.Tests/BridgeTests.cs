// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Shared.Crypto.Protocol;
using TestSupport;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>
    /// okf bridge between the real virtual devices (on the devices' mosquitto) and a second mosquitto that plays Home
    /// Assistant's broker, with a client that acts as Home Assistant from the discovery configs alone.
    /// </summary>
    public sealed class BridgeTests : IClassFixture<PairedWorld>, IDisposable
    {
        private static readonly Doorbell.Firmware.Board.DoorbellPinMap Map = Doorbell.Firmware.Board.DoorbellPinMap.DevKitC();
        private readonly PairedWorld _world;
        private readonly MosquittoBroker _haBroker;
        private readonly Owner _bridgeOwner;

        public BridgeTests(PairedWorld world)
        {
            _world = world;
            _haBroker = new MosquittoBroker();
            _bridgeOwner = new Owner(world.Broker);
            _bridgeOwner.Pair(world.Garage, "garage", world.Admin);
            _bridgeOwner.Pair(world.Doorbell, "front-door", world.Admin);
        }

        public void Dispose()
        {
            _bridgeOwner.Dispose();
            _haBroker.Dispose();
        }

        [Fact]
        public void HomeAssistantOpensTheGarageCoverAndSeesItGoOpeningThenOpenFromTheDevice()
        {
            GarageRig.SetDoor(_world, GarageRig.Closed);
            using var bridge = new BridgeRunner(_bridgeOwner, _haBroker);
            using var ha = new HomeAssistantSide(_haBroker);

            JsonObject cover = ha.Discover("cover", _world.Garage.DeviceIdHex, "door");
            Assert.Equal("garage", (string)cover["device_class"]);
            Assert.Equal("OPEN", (string)cover["payload_open"]);
            Assert.Equal("opening", (string)cover["state_opening"]);
            string state = (string)cover["state_topic"];
            string bridgeAvailability = (string)cover["availability"][0]["topic"];
            ha.WaitForLatest(state, "closed");
            ha.WaitForLatest(bridgeAvailability, "online");
            int relay = _world.Garage.Rises(GarageRig.RelayPin);

            ha.Send((string)cover["command_topic"], "OPEN");

            _world.Garage.WaitForPulses(GarageRig.RelayPin, relay + 1);
            _world.Garage.Board.Release(GarageRig.ClosedLimitPin);
            _world.Garage.Board.Press(GarageRig.OpenLimitPin);
            ha.WaitForLatest(state, "open");
            List<string> states = ha.Payloads(state);
            int opening = states.LastIndexOf("opening");
            Assert.True(opening >= 0 && opening > states.LastIndexOf("closed"), "states seen: " + string.Join(", ", states) + "\n" + bridge.Log);
            Assert.Equal(relay + 1, _world.Garage.Rises(GarageRig.RelayPin));

            JsonObject obstruction = ha.Discover("binary_sensor", _world.Garage.DeviceIdHex, "obstruction");
            JsonObject online = ha.Discover("binary_sensor", _world.Garage.DeviceIdHex, "online");
            Assert.Equal("connectivity", (string)online["device_class"]);
            ha.WaitForLatest((string)obstruction["state_topic"], "OFF");
            ha.WaitForLatest((string)online["state_topic"], "ON");
        }

        [Fact]
        public void ARingArrivesAsTheDoorbellEventAndAsANotification()
        {
            using var bridge = new BridgeRunner(_bridgeOwner, _haBroker);
            using var ha = new HomeAssistantSide(_haBroker);
            JsonObject ring = ha.Discover("event", _world.Doorbell.DeviceIdHex, "ring");
            Assert.Equal("doorbell", (string)ring["device_class"]);
            Assert.Contains("ring", ring["event_types"].AsArray().Select(n => (string)n));
            ha.Follow("okf-bridge/notify");
            ha.WaitForLatest((string)ring["availability"][0]["topic"], "online");

            Ring();

            Eventually.True(() => ha.Payloads((string)ring["state_topic"]).Exists(p => (string)JsonNode.Parse(p)["event_type"] == "ring"),
                Eventually.Patience, () => "a ring event in home assistant\n" + bridge.Log);
            Eventually.True(() => ha.Payloads("okf-bridge/notify").Exists(p => (string)JsonNode.Parse(p)["event"] == "ring"), "a ring notification");
        }

        [Fact]
        public void HomeAssistantsUnlockReleasesTheStrikeAndTheLockShowsItLockedAgain()
        {
            using var bridge = new BridgeRunner(_bridgeOwner, _haBroker, o => o.StrikeSeconds = 1);
            using var ha = new HomeAssistantSide(_haBroker);
            JsonObject strike = ha.Discover("lock", _world.Doorbell.DeviceIdHex, "strike");
            string state = (string)strike["state_topic"];
            ha.WaitForLatest(state, "LOCKED");
            ha.WaitForLatest((string)strike["availability"][1]["topic"], "ON");
            int relay = _world.Doorbell.Rises(Map.StrikeRelayPin);

            ha.Send((string)strike["command_topic"], "UNLOCK");

            _world.Doorbell.WaitForPulses(Map.StrikeRelayPin, relay + 1);
            Eventually.True(() => ha.Payloads(state).Contains("UNLOCKED"), "the lock to show UNLOCKED");
            ha.WaitForLatest(state, "LOCKED");
        }

        [Fact]
        public void ForgedMessagesOnTheDeviceTopicsChangeNothingInHomeAssistant()
        {
            GarageRig.SetDoor(_world, GarageRig.Closed);
            using var bridge = new BridgeRunner(_bridgeOwner, _haBroker);
            using var ha = new HomeAssistantSide(_haBroker);
            JsonObject cover = ha.Discover("cover", _world.Garage.DeviceIdHex, "door");
            JsonObject ring = ha.Discover("event", _world.Doorbell.DeviceIdHex, "ring");
            string state = (string)cover["state_topic"];
            ha.WaitForLatest(state, "closed");
            int states = ha.Payloads(state).Count;
            PairedDevice garageEntry = _bridgeOwner.Entry("garage");
            PairedDevice doorbellEntry = _bridgeOwner.Entry("front-door");

            using (var attacker = new Attacker(_world.Broker.Host, _world.Broker.Port))
            {
                // Well-formed lengths, a plausible header, a counter far ahead, garbage where the MAC goes.
                foreach (PairedDevice entry in new[] { garageEntry, doorbellEntry })
                {
                    byte[] id = OwnerTool.Core.Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize);
                    byte[] forged = new byte[ProtocolConstants.MaxCommandSize];
                    new Random(7).NextBytes(forged);
                    forged[0] = ProtocolConstants.Version;
                    Array.Copy(id, 0, forged, 1, id.Length);
                    attacker.Publish(ProtocolTopics.OwnerOutbound(id, (byte)entry.KeyId), forged);
                }
            }

            // A real ring after the forgeries: once it is in Home Assistant, the forgeries were handled before it.
            Ring();
            Eventually.True(() => ha.Payloads((string)ring["state_topic"]).Count >= 1, "the real ring");
            Assert.Single(ha.Payloads((string)ring["state_topic"]));
            Assert.Equal(states, ha.Payloads(state).Count);
            Assert.Equal("closed", ha.Latest(state));
        }

        [Fact]
        public void AfterTheBridgeStopsHomeAssistantSeesItOfflineAndARingSentMeanwhileArrivesOnRestart()
        {
            using var ha = new HomeAssistantSide(_haBroker);
            JsonObject ring;
            using (var bridge = new BridgeRunner(_bridgeOwner, _haBroker))
            {
                ring = ha.Discover("event", _world.Doorbell.DeviceIdHex, "ring");
                ha.WaitForLatest((string)ring["availability"][0]["topic"], "online");
            }

            string availability = (string)ring["availability"][0]["topic"];
            ha.WaitForLatest(availability, "offline");
            int chime = _world.Doorbell.Rises(Map.ChimeRelayPin);
            Ring();
            _world.Doorbell.WaitForPulses(Map.ChimeRelayPin, chime + 1);
            Assert.Empty(ha.Payloads((string)ring["state_topic"]));

            using (var bridge = new BridgeRunner(_bridgeOwner, _haBroker))
            {
                ha.WaitForLatest(availability, "online");
                Eventually.True(() => ha.Payloads((string)ring["state_topic"]).Count == 1, Eventually.Patience,
                    () => "the ring sent while the bridge was down\n" + bridge.Log);
            }
        }

        [Fact]
        public void AfterTheDevicesBrokerRestartsTheBridgeStillFollowsTheDoor()
        {
            GarageRig.SetDoor(_world, GarageRig.Closed);
            using var bridge = new BridgeRunner(_bridgeOwner, _haBroker);
            using var ha = new HomeAssistantSide(_haBroker);
            JsonObject cover = ha.Discover("cover", _world.Garage.DeviceIdHex, "door");
            string state = (string)cover["state_topic"];
            ha.WaitForLatest(state, "closed");

            _world.Broker.Stop();
            Eventually.True(() => !_world.Garage.Runtime.IsOnline, "the garage to notice the broker is gone");
            _world.Broker.Start();
            _world.Garage.WaitOnline();
            _world.Doorbell.WaitOnline();

            // Moved by hand: the garage reports it in an event, which reaches Home Assistant through the reconnected bridge.
            _world.Garage.Board.Release(GarageRig.ClosedLimitPin);
            _world.Garage.Board.Press(GarageRig.OpenLimitPin);
            Eventually.True(() => ha.Latest(state) == "open", Eventually.Patience, () => "the door open in home assistant\n" + bridge.Log);
            Assert.Equal("ON", ha.Latest((string)cover["availability"][1]["topic"]));
        }

        [Fact]
        public void TheOkfProcessGoesOfflineByItsLastWillWhenKilledAndByItselfOnSigterm()
        {
            using var ha = new HomeAssistantSide(_haBroker);
            ha.Follow("okf-bridge/bridge/availability");

            using (Process killed = StartBridgeProcess())
            {
                ha.WaitForLatest("okf-bridge/bridge/availability", "online");
                killed.Kill();
                ha.WaitForLatest("okf-bridge/bridge/availability", "offline");
            }

            using Process stopped = StartBridgeProcess();
            Eventually.True(() => ha.Payloads("okf-bridge/bridge/availability").Count(p => p == "online") == 2, "the bridge online again");
            using (Process term = Process.Start("kill", new[] { "-TERM", stopped.Id.ToString(CultureInfo.InvariantCulture) }))
            {
                term.WaitForExit();
            }

            Assert.True(stopped.WaitForExit(20000), "okf bridge did not stop on SIGTERM");
            Assert.Equal(0, stopped.ExitCode);
            ha.WaitForLatest("okf-bridge/bridge/availability", "offline");
        }

        private Process StartBridgeProcess()
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "okf.dll"), "--broker", _bridgeOwner.BrokerAddress, "--keys", _bridgeOwner.KeyFile,
                "bridge", "--ha-broker", _haBroker.Host + ":" + _haBroker.Port,
            })
            {
                info.ArgumentList.Add(arg);
            }

            Process process = Process.Start(info);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }

        private void Ring()
        {
            _world.Doorbell.Board.Press(Map.ButtonPin);
            Thread.Sleep(150);
            _world.Doorbell.Board.Release(Map.ButtonPin);
        }
    }
}
