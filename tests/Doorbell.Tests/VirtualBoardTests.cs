// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using nanoFramework.HostEmulation.Board;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    /// <summary>
    /// The real Program wiring on the emulated ESP32: GpioController, GpioDigitalInput/Output, pin map.
    /// Time is injected: the board clock and the firmware clock move together, only when the test says so.
    /// </summary>
    public class VirtualBoardTests
    {
        private readonly ManualBoardClock _boardClock = new ManualBoardClock();
        private readonly TestClock _clock = new TestClock { NowMilliseconds = 0 };
        private readonly VirtualBoard _board;
        private readonly DoorbellPinMap _map = DoorbellPinMap.DevKitC();

        public VirtualBoardTests()
        {
            _board = new VirtualBoard(_boardClock);
        }

        private void Run(DoorbellDevice device, int ms)
        {
            for (int t = 0; t < ms; t += 10)
            {
                _boardClock.AdvanceMilliseconds(10);
                _clock.NowMilliseconds += 10;
                device.Poll(_clock.NowMilliseconds);
            }
        }

        [Fact]
        public void PressingTheRealButtonPinSoundsTheChimeTriggersTheCameraAndDeliversARing()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            _map.CameraTriggerActiveLow = true;
            ListLog log = new ListLog();
            DoorbellDevice device = Program.Start(_map, log, _clock);
            FakeSink sink = new FakeSink();
            device.Controller.AttachSink(sink);
            device.Controller.SetOnline(true, _clock.NowMilliseconds);
            Run(device, 100);

            Assert.Equal(PinValue.Low, _board.GetLevel(_map.ChimeRelayPin));
            Assert.Equal(PinValue.High, _board.GetLevel(_map.CameraTriggerPin));
            Assert.Equal(PinValue.Low, _board.GetLevel(_map.StrikeRelayPin));

            _board.Press(_map.ButtonPin);
            Run(device, 100);
            Assert.Equal(PinValue.High, _board.GetLevel(_map.ChimeRelayPin));
            Assert.Equal(PinValue.Low, _board.GetLevel(_map.CameraTriggerPin));
            RingEvent ring = Assert.Single(sink.Delivered);
            Assert.Equal(DoorbellEventKind.Ring, ring.Kind);
            Assert.True(ring.ChimeSounded);

            _board.Release(_map.ButtonPin);
            Run(device, 500);
            Assert.Equal(PinValue.Low, _board.GetLevel(_map.ChimeRelayPin));
            Assert.Equal(PinValue.High, _board.GetLevel(_map.CameraTriggerPin));
            Assert.Single(sink.Delivered);
            Assert.Contains(log.Lines, l => l.Contains("ESP32-DevKitC"));
        }

        [Fact]
        public void AGlitchOnTheButtonPinNeverReachesTheChime()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            DoorbellDevice device = Program.Start(_map, new ListLog(), _clock);
            Run(device, 100);
            for (int i = 0; i < 20; i++)
            {
                _board.Press(_map.ButtonPin);
                Run(device, 10);
                _board.Release(_map.ButtonPin);
                Run(device, 40);
            }

            Assert.DoesNotContain(
                _board.ActivityOf(_map.ChimeRelayPin, PinActivityKind.Written),
                a => a.Value == PinValue.High);
        }

        [Fact]
        public void EveryOutputIsDrivenInactiveFromTheMomentItBecomesAnOutput()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            _map.CameraTriggerActiveLow = true;
            Program.Start(_map, new ListLog(), _clock);
            int[] activeHigh = { _map.StrikeRelayPin, _map.ChimeRelayPin, _map.StatusLedPin };
            foreach (int pin in activeHigh)
            {
                Assert.Equal(PinValue.Low, _board.ActivityOf(pin).First(a => a.IsOutput).Level);
                Assert.DoesNotContain(_board.ActivityOf(pin), a => a.IsOutput && a.Level != PinValue.Low);
            }

            // nanoFramework enters output mode at Low, so the active-low camera trigger shows its active level
            // until the very next call, which writes it High at the same instant (hardware README: the pull-up).
            List<PinActivity> all = _board.Activity.ToList();
            int modeChange = all.FindIndex(a => a.Pin == _map.CameraTriggerPin && a.IsOutput);
            PinActivity next = all[modeChange + 1];
            Assert.Equal(_map.CameraTriggerPin, next.Pin);
            Assert.Equal(PinActivityKind.Written, next.Kind);
            Assert.Equal(PinValue.High, next.Level);
            Assert.Equal(all[modeChange].Time, next.Time);
        }

        [Fact]
        public void AnOwnerUnlockDrivesTheStrikePinForExactlyTheAskedTime()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            DoorbellDevice device = Program.Start(_map, new ListLog(), _clock);
            Run(device, 100);
            Assert.Equal(
                DoorbellReason.Done,
                device.Controller.UnlockStrike(3, false, ActorKind.Owner, 1, _clock.NowMilliseconds));
            Assert.Equal(PinValue.High, _board.GetLevel(_map.StrikeRelayPin));
            Run(device, 2990);
            Assert.Equal(PinValue.High, _board.GetLevel(_map.StrikeRelayPin));
            Run(device, 10);
            Assert.Equal(PinValue.Low, _board.GetLevel(_map.StrikeRelayPin));
        }

        [Fact]
        public void TheSetupButtonHeldThroughBootOnTheRealPinWipesTheDevice()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            // The setup button closes to ground; it is held before the firmware opens the pin.
            _board.SetInput(_map.SetupButtonPin, PinValue.Low);
            DoorbellDevice device = Program.Start(_map, new ListLog(), _clock);
            FakeFactoryReset reset = new FakeFactoryReset();
            device.Controller.AttachFactoryReset(reset);
            Run(device, DoorbellLimits.FactoryResetHoldMs + 20);
            Assert.Equal(1, reset.Wipes);
        }
    }
}
