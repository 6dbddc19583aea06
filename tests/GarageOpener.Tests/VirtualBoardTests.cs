// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using GarageOpener.Virtual;
using nanoFramework.HostEmulation.Board;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>
    /// The real Program wiring on the emulated ESP32 (GpioController, GpioDigitalInput/Output, the DevKitC map):
    /// reed switches driven on the board's pins, relay, light and buzzer pins observed. Board clock and firmware
    /// clock move together, only when the test moves them.
    /// </summary>
    public class VirtualBoardTests
    {
        private readonly ManualBoardClock _boardClock = new ManualBoardClock();
        private readonly TestClock _clock = new TestClock { NowMilliseconds = 0 };
        private readonly VirtualBoard _board;
        private readonly GaragePinMap _map = GaragePinMap.DevKitC();
        private readonly List<(long At, bool Relay, bool Light, bool Buzzer)> _trace = new List<(long, bool, bool, bool)>();

        public VirtualBoardTests()
        {
            _board = new VirtualBoard(_boardClock);
        }

        private void Run(GarageDevice device, int ms)
        {
            for (int t = 0; t < ms; t += GarageDevice.PollIntervalMs)
            {
                _boardClock.AdvanceMilliseconds(GarageDevice.PollIntervalMs);
                _clock.NowMilliseconds += GarageDevice.PollIntervalMs;
                device.Poll(_clock.NowMilliseconds);
                Sample();
            }
        }

        private void Sample()
        {
            _trace.Add((_clock.NowMilliseconds, High(_map.RelayPin), High(_map.WarningLightPin), High(_map.BuzzerPin)));
        }

        private bool High(int pin) => _board.GetLevel(pin) == PinValue.High;

        private GarageDevice Boot(bool closed)
        {
            VirtualDeviceHost.Wire(_board, _map);
            GarageDevice device = Program.Start(_map, new ListLog(), _clock);

            // A reed switch closes to ground against the pin's pull-up: press after the pull-up exists.
            _board.Press(closed ? _map.ClosedLimitPin : _map.OpenLimitPin);
            Run(device, 200);
            return device;
        }

        [Fact]
        public void Open_then_a_remote_close_with_its_warning_on_the_real_pins()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            GarageDevice device = Boot(closed: true);
            var events = new RecordingSink();
            device.AttachSink(events);
            Assert.Equal(DoorState.Closed, device.Controller.Snapshot(_clock.NowMilliseconds).State);

            Assert.Equal(GarageReason.Done, device.Controller.Open(ActorKind.Owner, 1, false, _clock.NowMilliseconds));
            Run(device, 100);
            Assert.True(High(_map.RelayPin));
            Run(device, 1_000);
            Assert.False(High(_map.RelayPin));

            _board.Release(_map.ClosedLimitPin); // the door leaves the closed limit ...
            Run(device, 10_000);
            _board.Press(_map.OpenLimitPin); // ... and reaches the open limit
            Run(device, 1_000);
            Assert.Equal(DoorState.Open, device.Controller.Snapshot(_clock.NowMilliseconds).State);
            Assert.False(High(_map.WarningLightPin));

            _trace.Clear();
            Assert.Equal(GarageReason.Done, device.Controller.Close(ActorKind.Owner, 1, false, _clock.NowMilliseconds));
            Sample(); // the warning starts with the command, before the next poll
            Run(device, 7_000);
            long warnStart = _trace.First(s => s.Light).At;
            long press = _trace.First(s => s.Relay).At;
            Assert.True(press - warnStart >= 5_000, "warning lead " + (press - warnStart));
            Assert.Equal(warnStart, _trace.First(s => s.Buzzer).At);
            int lightEdges = _trace.Zip(_trace.Skip(1), (a, b) => !a.Light && b.Light).Count(x => x);
            Assert.True(lightEdges >= 5, "light flashes " + lightEdges);

            _board.Release(_map.OpenLimitPin);
            Run(device, 10_000);
            Assert.True(High(_map.WarningLightPin) || High(_map.BuzzerPin) || _trace.Skip(_trace.Count - 50).Any(s => s.Light));
            _board.Press(_map.ClosedLimitPin);
            Run(device, 500);

            Assert.Equal(DoorState.Closed, device.Controller.Snapshot(_clock.NowMilliseconds).State);
            Assert.False(High(_map.WarningLightPin));
            Assert.False(High(_map.BuzzerPin));
            Assert.False(High(_map.RelayPin));
            Assert.Equal(new[] { DoorState.Closing, DoorState.Closed }, events.States().Skip(events.States().IndexOf(DoorState.Closing)));
        }

        [Fact]
        public void Booting_never_drives_the_relay_pin_high()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            GarageDevice device = Boot(closed: false);
            Run(device, 60_000);

            Assert.DoesNotContain(_board.ActivityOf(_map.RelayPin, PinActivityKind.Written), a => a.Value == PinValue.High);
            Assert.Equal(PinMode.Output, _board.GetMode(_map.RelayPin));
            Assert.Equal(DoorState.Open, device.Controller.Snapshot(_clock.NowMilliseconds).State);
        }

        [Fact]
        public void A_short_press_of_the_setup_button_is_the_local_reset()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            GarageDevice device = Boot(closed: true);
            Assert.Equal(GarageReason.Done, device.Controller.Open(ActorKind.Owner, 1, true, _clock.NowMilliseconds));
            Run(device, 6_000); // the door never leaves the closed limit
            Assert.Equal(DoorState.Fault, device.Controller.Snapshot(_clock.NowMilliseconds).State);
            Assert.True(High(_map.StatusLedPin));

            _board.Press(_map.SetupButtonPin);
            Run(device, 300);
            _board.Release(_map.SetupButtonPin);
            Run(device, 200);

            Assert.Equal(DoorState.Closed, device.Controller.Snapshot(_clock.NowMilliseconds).State);
            Assert.False(High(_map.StatusLedPin));
        }
    }
}
