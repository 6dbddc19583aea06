// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>The garage opener's own firmware on a virtual board, driven by the owner tool through mosquitto.</summary>
    public sealed class GarageTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;
        private readonly InProcessDevice _garage;

        public GarageTests(PairedWorld world)
        {
            _world = world;
            _garage = world.Garage;
        }

        [Fact]
        public void OpenPulsesTheRelayOnceAndTheOpenStateEventArrivesDecrypted()
        {
            GarageRig.SetDoor(_world, GarageRig.Closed);
            using EventWatcher watch = new EventWatcher(_world.Admin, PairedWorld.GarageName);
            int before = _garage.Rises(GarageRig.RelayPin);

            CommandResult result = _world.Admin.Send(PairedWorld.GarageName, "garage", "open");

            Assert.True(result.IsDone, "open refused: " + ReasonText.Describe(result.Reason));
            _garage.WaitForPulses(GarageRig.RelayPin, before + 1);

            // The door travels: the closed reed switch opens, then the open one closes.
            _garage.Board.Release(GarageRig.ClosedLimitPin);
            _garage.Board.Press(GarageRig.OpenLimitPin);
            DeviceEvent opened = watch.WaitFor(e => e.Code == GarageRig.StateChangedEvent && e.Data[0] == GarageRig.Open, "door Open");
            Assert.True(opened.DeviceCounter > 0);
            Assert.Equal(before + 1, _garage.Rises(GarageRig.RelayPin));
        }

        [Fact]
        public void CloseFlashesLightAndBuzzerBeforeTheRelayPulsesAndTheClosedEventArrives()
        {
            GarageRig.SetDoor(_world, GarageRig.Open);
            using EventWatcher watch = new EventWatcher(_world.Admin, PairedWorld.GarageName);
            int relayBefore = _garage.Rises(GarageRig.RelayPin);
            int firstChange = _garage.Changes(-1).Count;

            CommandResult result = _world.Admin.Send(PairedWorld.GarageName, "garage", "close");

            Assert.True(result.IsDone, "close refused: " + ReasonText.Describe(result.Reason));
            _garage.WaitForPulses(GarageRig.RelayPin, relayBefore + 1);
            List<PinChange> since = _garage.Changes(-1).GetRange(firstChange, _garage.Changes(-1).Count - firstChange);
            PinChange relayRise = since.Find(c => c.Pin == GarageRig.RelayPin && c.IsRise);
            List<PinChange> lightRises = since.FindAll(c => c.Pin == GarageRig.LightPin && c.IsRise && c.Order < relayRise.Order);
            List<PinChange> buzzerRises = since.FindAll(c => c.Pin == GarageRig.BuzzerPin && c.IsRise && c.Order < relayRise.Order);

            // A flashing warning over the >= 5 s lead: several flashes of each, all before the relay moves the door.
            Assert.True(lightRises.Count >= 3, "light flashed " + lightRises.Count + " times before the relay");
            Assert.True(buzzerRises.Count >= 3, "buzzer sounded " + buzzerRises.Count + " times before the relay");

            _garage.Board.Release(GarageRig.OpenLimitPin);
            _garage.Board.Press(GarageRig.ClosedLimitPin);
            watch.WaitFor(e => e.Code == GarageRig.StateChangedEvent && e.Data[0] == GarageRig.Closed, "door Closed");
            Assert.Equal(relayBefore + 1, _garage.Rises(GarageRig.RelayPin));
        }

        [Fact]
        public void StatusReportsTheDoorFromTheReedSwitchesWithoutMovingIt()
        {
            GarageRig.SetDoor(_world, GarageRig.Closed);
            int before = _garage.Rises(GarageRig.RelayPin);

            CommandResult result = _world.Admin.Send(PairedWorld.GarageName, "garage", "status");

            Assert.True(result.IsDone);
            Assert.Equal(GarageRig.Closed, result.Data[0]);
            Assert.Equal(before, _garage.Rises(GarageRig.RelayPin));
        }
    }
}
