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
    /// <summary>What okf bridge shows Home Assistant for authenticated snapshots, and how Home Assistant's commands map.</summary>
    public sealed class BridgeStateTests
    {
        private const string GarageId = "0011223344556677";
        private const string DoorbellId = "8899aabbccddeeff";
        private static readonly BridgeTopics Topics = new BridgeTopics(null, null);
        private readonly BridgeState _garage = new BridgeState(Topics, new PairedDevice { Name = "garage", DeviceId = GarageId, Kind = "garage" });
        private readonly BridgeState _doorbell = new BridgeState(Topics, new PairedDevice { Name = "front-door", DeviceId = DoorbellId, Kind = "doorbell" });

        [Theory]
        [InlineData(0, "None", "OFF")]
        [InlineData(1, "closed", "OFF")]
        [InlineData(2, "opening", "OFF")]
        [InlineData(3, "open", "OFF")]
        [InlineData(4, "closing", "OFF")]
        [InlineData(5, "stopped", "OFF")]
        [InlineData(6, "None", "ON")]
        [InlineData(9, "None", "OFF")]
        public void EachDoorStateMapsToTheCoverStateAndFault(byte door, string cover, string fault)
        {
            IReadOnlyList<BridgeState.Publication> published = _garage.ApplySnapshot(5, Garage(door, 0));

            Assert.Equal(cover, Value(published, "door"));
            Assert.Equal(fault, Value(published, "fault"));
            Assert.Equal("OFF", Value(published, "obstruction"));
            Assert.All(published, p => Assert.True(p.Retain));
        }

        [Fact]
        public void TheObstructionFlagIsItsOwnSensor()
        {
            Assert.Equal("ON", Value(_garage.ApplySnapshot(1, Garage(1, 0x01)), "obstruction"));
            Assert.Equal("OFF", Value(_garage.ApplySnapshot(2, Garage(1, 0x02)), "obstruction"));
        }

        [Fact]
        public void ASnapshotOlderThanTheNewestAppliedNeverMovesTheDoorBack()
        {
            _garage.ApplySnapshot(10, Garage(3, 0));

            Assert.Empty(_garage.ApplySnapshot(9, Garage(2, 0)));
            Assert.Empty(_garage.ApplySnapshot(10, Garage(1, 0)));
            Assert.Equal("closing", Value(_garage.ApplySnapshot(11, Garage(4, 0)), "door"));
            Assert.Equal("closing", Retained(_garage, "door"));
        }

        [Fact]
        public void AnUnchangedValueIsNotPublishedAgainButStaysRememberedForReconnects()
        {
            _garage.ApplySnapshot(1, Garage(1, 0));

            Assert.Empty(_garage.ApplySnapshot(2, Garage(1, 0)));
            Assert.Equal("closed", Retained(_garage, "door"));
            Assert.Equal("OFF", Retained(_garage, "fault"));
        }

        [Fact]
        public void ShortOrForeignSnapshotsChangeNothing()
        {
            Assert.Empty(_garage.ApplySnapshot(1, new byte[] { 3, 0, 0 }));
            Assert.Empty(_doorbell.ApplySnapshot(1, Garage(3, 0)));
            Assert.Empty(_garage.Retained());
            Assert.Null(_doorbell.StrikeFitted);
        }

        [Fact]
        public void TheDoorbellStrikeFlagsBecomeTheLockStateAndItsTimeLeft()
        {
            byte[] unlocked = Doorbell(0x08 | 0x10 | 0x20, 4500);
            byte[] locked = Doorbell(0x08 | 0x10, 0);

            Assert.Equal("UNLOCKED", Value(_doorbell.ApplySnapshot(1, unlocked), "strike"));
            Assert.True(_doorbell.StrikeFitted);
            Assert.Equal(4500, _doorbell.StrikeMillisecondsLeft(unlocked));
            Assert.Equal("LOCKED", Value(_doorbell.ApplySnapshot(2, locked), "strike"));
            Assert.Equal(0, _doorbell.StrikeMillisecondsLeft(locked));
            _doorbell.ApplySnapshot(3, Doorbell(0x08, 0));
            Assert.False(_doorbell.StrikeFitted);
        }

        [Fact]
        public void OnlineFollowsProofOfLifeAndTheOfflineStatus()
        {
            Assert.Equal("ON", Value(_garage.Alive(), "online"));
            Assert.Empty(_garage.Alive());
            Assert.Equal("OFF", Value(_garage.Offline(), "online"));
        }

        [Fact]
        public void RingsAlertsAndNotificationsAreNotRetainedJson()
        {
            BridgeState.Publication ring = _doorbell.DoorbellEvent("ring", new DeviceEvent(1, 1767225600, new byte[7], 3));
            BridgeState.Publication alert = _garage.OpenAlert("garage open for 10 minutes", 10);
            BridgeState.Publication notice = _garage.Notification("open-alert", "garage open for 10 minutes", 0);

            Assert.Equal("okf-bridge/" + DoorbellId + "/ring/state", ring.Topic);
            Assert.Equal("{\"event_type\":\"ring\",\"time\":\"2026-01-01T00:00:00Z\"}", ring.Payload);
            Assert.Equal("okf-bridge/" + GarageId + "/alert/state", alert.Topic);
            Assert.Equal("open_alert", (string)JsonNode.Parse(alert.Payload)["event_type"]);
            Assert.Equal(10, (int)JsonNode.Parse(alert.Payload)["minutes"]);
            Assert.Equal("okf-bridge/notify", notice.Topic);
            Assert.Equal("garage open for 10 minutes", (string)JsonNode.Parse(notice.Payload)["message"]);
            Assert.False(ring.Retain || alert.Retain || notice.Retain);
        }

        [Theory]
        [InlineData("garage", "door", "OPEN", "open", null)]
        [InlineData("garage", "door", "CLOSE", "close", null)]
        [InlineData("garage", "door", "STOP", "stop", null)]
        [InlineData("doorbell", "strike", "UNLOCK", "unlock", "3")]
        [InlineData("doorbell", "strike", "LOCK", "lock", null)]
        [InlineData("garage", "door", "open", null, null)]
        [InlineData("garage", "strike", "LOCK", null, null)]
        [InlineData("doorbell", "door", "OPEN", null, null)]
        [InlineData("doorbell", "strike", "OPEN", null, null)]
        public void HomeAssistantCommandsMapToOkfActions(string kind, string entity, string payload, string action, string argument)
        {
            string[] mapped = BridgeCommands.Map(kind, entity, payload, 3);

            Assert.Equal(action, mapped?[0]);
            Assert.Equal(argument, mapped?[1]);
        }

        private static byte[] Garage(byte door, byte flags) => new byte[] { door, flags, 0, 1, 0, 0, 0, 1, 0 };

        private static byte[] Doorbell(byte flags, int strikeMs) =>
            new byte[] { flags, 0, 0, (byte)(strikeMs >> 8), (byte)strikeMs, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

        private static string Value(IReadOnlyList<BridgeState.Publication> published, string entity) =>
            published.Single(p => p.Topic.EndsWith("/" + entity + "/state", System.StringComparison.Ordinal)).Payload;

        private static string Retained(BridgeState state, string entity) => Value(state.Retained(), entity);
    }
}
