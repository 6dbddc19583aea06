// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>The doorbell's own firmware on a virtual board: a visitor presses the button, the owner hears about it.</summary>
    public sealed class DoorbellTests : IClassFixture<PairedWorld>
    {
        private static readonly Doorbell.Firmware.Board.DoorbellPinMap Map = Doorbell.Firmware.Board.DoorbellPinMap.DevKitC();
        private readonly PairedWorld _world;
        private readonly InProcessDevice _doorbell;

        public DoorbellTests(PairedWorld world)
        {
            _world = world;
            _doorbell = world.Doorbell;
        }

        [Fact]
        public void APressOnTheButtonPulsesChimeAndCameraAndTheRingEventArrivesDecrypted()
        {
            using EventWatcher watch = new EventWatcher(_world.Admin, PairedWorld.DoorbellName);
            int chime = _doorbell.Rises(Map.ChimeRelayPin);
            int camera = _doorbell.Rises(Map.CameraTriggerPin);

            _doorbell.Board.Press(Map.ButtonPin);
            Thread.Sleep(150);
            _doorbell.Board.Release(Map.ButtonPin);

            _doorbell.WaitForPulses(Map.ChimeRelayPin, chime + 1);
            _doorbell.WaitForPulses(Map.CameraTriggerPin, camera + 1);
            DeviceEvent ring = watch.WaitFor(e => e.Code == (byte)Doorbell.Firmware.Controller.DoorbellEventKind.Ring, "ring");
            Assert.Equal(Doorbell.Firmware.Runtime.DoorbellRuntimeBridge.EventDataSize, ring.Data.Length);
            Assert.Equal(1, ring.Data[4]);
        }

        [Fact]
        public void StatusIsAnsweredWithoutRinging()
        {
            int chime = _doorbell.Rises(Map.ChimeRelayPin);

            CommandResult result = _world.Admin.Send(PairedWorld.DoorbellName, "doorbell", "status");

            Assert.True(result.IsDone, "status refused: " + ReasonText.Describe(result.Reason));
            Assert.Equal(chime, _doorbell.Rises(Map.ChimeRelayPin));
        }
    }
}
