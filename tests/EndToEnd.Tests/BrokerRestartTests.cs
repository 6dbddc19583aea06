// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Shared.Crypto.Protocol;
using TestSupport;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>The broker dies and comes back on the same port mid-run.</summary>
    public sealed class BrokerRestartTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public BrokerRestartTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void AfterARestartDevicesAndToolReconnectAndNoCommandRunsTwiceOrLate()
        {
            InProcessDevice garage = _world.Garage;
            GarageRig.SetDoor(_world, GarageRig.Closed);
            int relay = garage.Rises(GarageRig.RelayPin);
            Assert.True(_world.Admin.Send(PairedWorld.GarageName, "garage", "open").IsDone);
            garage.WaitForPulses(GarageRig.RelayPin, relay + 1);
            GarageRig.SetDoor(_world, GarageRig.Open);

            _world.Broker.Stop();
            Eventually.True(() => !garage.Runtime.IsOnline && !_world.Doorbell.Runtime.IsOnline, "both devices to notice the broker is gone");

            // While the broker is down the tool cannot deliver anything: it says so instead of queueing a command.
            OwnerToolException down = Assert.Throws<OwnerToolException>(() => _world.Admin.Send(PairedWorld.GarageName, "garage", "close"));
            Assert.Equal(ExitCode.BrokerUnreachable, down.Code);

            _world.Broker.Start();
            garage.WaitOnline();
            _world.Doorbell.WaitOnline();
            CommandResult close = _world.Admin.Send(PairedWorld.GarageName, "garage", "close");
            Assert.True(close.IsDone, "close refused: " + ReasonText.Describe(close.Reason));
            garage.WaitForPulses(GarageRig.RelayPin, relay + 2);
            garage.Board.Release(GarageRig.OpenLimitPin);
            garage.Board.Press(GarageRig.ClosedLimitPin);
            Assert.True(_world.Admin.Send(PairedWorld.DoorbellName, "doorbell", "status").IsDone);

            // Exactly one pulse per accepted command: the refused close was not delivered late, nothing twice.
            Thread.Sleep(2000);
            Assert.Equal(relay + 2, garage.Rises(GarageRig.RelayPin));
            Assert.Equal(GarageRig.Closed, _world.Admin.Send(PairedWorld.GarageName, "garage", "status").Data[0]);
        }

        [Fact]
        public void AWatchKeepsDeliveringEventsAfterABrokerRestart()
        {
            // The watch reaches the broker through a relay the test cuts and restores, so "the doorbell rang while the
            // watch was away" is arranged exactly, not raced against the watch's reconnect timer.
            using TcpRelay relay = new TcpRelay(_world.Broker.Port);
            ToolSettings viaRelay = new ToolSettings
            {
                BrokerHost = _world.Broker.Host, BrokerPort = relay.Port, KeyFile = _world.Admin.KeyFile, Timeout = _world.Admin.Settings.Timeout,
            };
            using EventWatcher watch = new EventWatcher(viaRelay, PairedWorld.DoorbellName);
            relay.Cut();
            Eventually.True(() => Array.IndexOf(watch.Statuses, DeviceChannel.ConnectionLostStatus) >= 0, "the watch to notice it is cut off");

            _world.Broker.StopGracefully();
            Eventually.True(() => !_world.Doorbell.Runtime.IsOnline, "the doorbell to notice the broker is gone");
            _world.Broker.Start();
            _world.Doorbell.WaitOnline();

            // A plain subscriber on the owner's topic sees the sealed ring reach the broker: from then on the broker holds
            // it for the watch's persistent session too.
            PairedDevice entry = _world.Admin.Entry(PairedWorld.DoorbellName);
            string ownerTopic = ProtocolTopics.OwnerOutbound(OwnerTool.Core.Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize), (byte)entry.KeyId);
            using MqttLink observer = MqttLink.Connect(_world.Admin.Settings, "e2e-observer");
            observer.Subscribe(Deadline.After(TimeSpan.FromSeconds(10)), ownerTopic);
            int button = Doorbell.Firmware.Board.DoorbellPinMap.DevKitC().ButtonPin;
            _world.Doorbell.Board.Press(button);
            Thread.Sleep(150);
            _world.Doorbell.Board.Release(button);
            InboundMessage sealedRing = null;
            Assert.True(observer.TryReceive(Deadline.After(Eventually.Patience), CancellationToken.None, out sealedRing), "the ring never reached the broker");
            Assert.Equal(ownerTopic, sealedRing.Topic);
            Assert.DoesNotContain(watch.Events, e => e.Code == (byte)Doorbell.Firmware.Controller.DoorbellEventKind.Ring);

            relay.Restore();
            DeviceEvent ring = watch.WaitFor(e => e.Code == (byte)Doorbell.Firmware.Controller.DoorbellEventKind.Ring, "ring sent while the watch was away");
            Assert.Contains(DeviceChannel.ReconnectedStatus, watch.Statuses);
            Assert.Single(watch.Events, e => e.DeviceCounter == ring.DeviceCounter);
        }
    }
}
