// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using OwnerTool.Bridge;
using OwnerTool.Core;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>The Home Assistant discovery configs of okf bridge: topics and JSON shape per Home Assistant's MQTT platforms.</summary>
    public sealed class BridgeDiscoveryTests
    {
        private const string GarageId = "0011223344556677";
        private const string DoorbellId = "8899aabbccddeeff";
        private static readonly BridgeTopics Topics = new BridgeTopics(null, null);
        private static readonly PairedDevice Garage = new PairedDevice { Name = "garage", DeviceId = GarageId, Kind = "garage" };
        private static readonly PairedDevice Doorbell = new PairedDevice { Name = "front-door", DeviceId = DoorbellId, Kind = "doorbell" };

        [Fact]
        public void AGarageIsACoverWithOnlineObstructionFaultAndAnOpenAlertEvent()
        {
            IReadOnlyList<BridgeDiscovery.Config> configs = BridgeDiscovery.For(Topics, Garage, null);

            Assert.Equal(new[]
            {
                "homeassistant/binary_sensor/okf_" + GarageId + "/online/config",
                "homeassistant/cover/okf_" + GarageId + "/door/config",
                "homeassistant/binary_sensor/okf_" + GarageId + "/obstruction/config",
                "homeassistant/binary_sensor/okf_" + GarageId + "/fault/config",
                "homeassistant/event/okf_" + GarageId + "/alert/config",
            }, configs.Select(c => c.Topic));
            Assert.Equal(configs.Count, configs.Select(c => (string)c.Payload["unique_id"]).Distinct().Count());
            Assert.All(configs, c => Assert.Equal("okf_" + GarageId, (string)c.Payload["device"]["identifiers"][0]));
        }

        [Fact]
        public void TheCoverNamesEveryStateAndCommandAndIsUnavailableWithoutBridgeOrDevice()
        {
            JsonObject cover = Find(BridgeDiscovery.For(Topics, Garage, null), "/cover/");

            Assert.Equal("garage", (string)cover["device_class"]);
            Assert.Equal("okf-bridge/" + GarageId + "/door/set", (string)cover["command_topic"]);
            Assert.Equal("okf-bridge/" + GarageId + "/door/state", (string)cover["state_topic"]);
            Assert.Equal(("OPEN", "CLOSE", "STOP"), ((string)cover["payload_open"], (string)cover["payload_close"], (string)cover["payload_stop"]));
            Assert.Equal(new[] { "open", "opening", "closed", "closing", "stopped" },
                new[] { "state_open", "state_opening", "state_closed", "state_closing", "state_stopped" }.Select(k => (string)cover[k]));
            Assert.False((bool)cover["optimistic"]);
            Assert.Null(cover["name"]);
            Assert.Equal("all", (string)cover["availability_mode"]);
            JsonArray availability = cover["availability"].AsArray();
            Assert.Equal("okf-bridge/bridge/availability", (string)availability[0]["topic"]);
            Assert.Equal(("online", "offline"), ((string)availability[0]["payload_available"], (string)availability[0]["payload_not_available"]));
            Assert.Equal("okf-bridge/" + GarageId + "/online/state", (string)availability[1]["topic"]);
            Assert.Equal(("ON", "OFF"), ((string)availability[1]["payload_available"], (string)availability[1]["payload_not_available"]));
        }

        [Fact]
        public void SensorsCarryTheirDeviceClassesAndStayAvailableWhileTheDeviceIsOffline()
        {
            IReadOnlyList<BridgeDiscovery.Config> configs = BridgeDiscovery.For(Topics, Garage, null);

            JsonObject online = Find(configs, "/online/");
            Assert.Equal("connectivity", (string)online["device_class"]);
            Assert.Equal("diagnostic", (string)online["entity_category"]);
            Assert.Single(online["availability"].AsArray());
            Assert.Equal("safety", (string)Find(configs, "/obstruction/")["device_class"]);
            Assert.Equal("problem", (string)Find(configs, "/fault/")["device_class"]);
            Assert.Equal(("ON", "OFF"), ((string)online["payload_on"], (string)online["payload_off"]));
            Assert.Equal(new[] { "open_alert" }, Find(configs, "/alert/")["event_types"].AsArray().Select(n => (string)n));
        }

        [Fact]
        public void ADoorbellIsADoorbellEventAndGetsALockOnlyOnceAStatusShowedAStrike()
        {
            IReadOnlyList<BridgeDiscovery.Config> unknown = BridgeDiscovery.For(Topics, Doorbell, null);
            IReadOnlyList<BridgeDiscovery.Config> fitted = BridgeDiscovery.For(Topics, Doorbell, true);
            IReadOnlyList<BridgeDiscovery.Config> none = BridgeDiscovery.For(Topics, Doorbell, false);

            JsonObject ring = Find(unknown, "/event/");
            Assert.Equal("doorbell", (string)ring["device_class"]);
            Assert.Equal(new[] { "ring", "motion" }, ring["event_types"].AsArray().Select(n => (string)n));
            Assert.DoesNotContain(unknown, c => c.Topic.Contains("/lock/"));
            JsonObject strike = Find(fitted, "/lock/");
            Assert.Equal(("LOCK", "UNLOCK"), ((string)strike["payload_lock"], (string)strike["payload_unlock"]));
            Assert.Equal(("LOCKED", "UNLOCKED"), ((string)strike["state_locked"], (string)strike["state_unlocked"]));
            Assert.Equal("okf-bridge/" + DoorbellId + "/strike/set", (string)strike["command_topic"]);
            Assert.Null(strike["payload_open"]);
            BridgeDiscovery.Config removal = Assert.Single(none, c => c.Topic.Contains("/lock/"));
            Assert.Null(removal.Payload);
        }

        [Fact]
        public void PrefixAndBaseTopicFollowTheOptions()
        {
            var topics = new BridgeTopics("ha/", "house/okf");

            JsonObject cover = Find(BridgeDiscovery.For(topics, Garage, null), "/cover/");

            Assert.StartsWith("ha/cover/", BridgeDiscovery.For(topics, Garage, null)[1].Topic);
            Assert.Equal("house/okf/" + GarageId + "/door/set", (string)cover["command_topic"]);
            Assert.Equal("house/okf/bridge/availability", topics.Availability);
            Assert.Equal("ha/status", topics.HomeAssistantStatus);
        }

        [Theory]
        [InlineData("okf-bridge/0011223344556677/door/set", "0011223344556677", "door")]
        [InlineData("okf-bridge/8899aabbccddeeff/strike/set", "8899aabbccddeeff", "strike")]
        [InlineData("okf-bridge/0011223344556677/door/state", null, null)]
        [InlineData("okf-bridge/0011223344556677/set", null, null)]
        [InlineData("okf-bridge//door/set", null, null)]
        [InlineData("other/0011223344556677/door/set", null, null)]
        [InlineData("okf-bridge/a/b/c/set", null, null)]
        public void CommandTopicsAreParsedStrictly(string topic, string device, string entity)
        {
            bool parsed = Topics.TryParseCommand(topic, out string deviceId, out string objectId);

            Assert.Equal(device != null, parsed);
            Assert.Equal(device, deviceId);
            Assert.Equal(entity, objectId);
        }

        private static JsonObject Find(IReadOnlyList<BridgeDiscovery.Config> configs, string part)
        {
            return configs.Single(c => c.Topic.Contains(part)).Payload;
        }
    }
}
