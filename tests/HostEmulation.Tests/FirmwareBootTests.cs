// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using Doorbell.Firmware.Board;
using GarageOpener.Firmware.Board;
using Xunit;

namespace HostEmulation.Tests
{
    public class FirmwareBootTests : BoardTest
    {
        private readonly ListLog _log = new ListLog();

        [Fact]
        public void Garage_opener_boots_with_every_output_driven_inactive_before_it_drives()
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(Board, map);

            GarageOpener.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            PinValue relayInactive = map.RelayActiveLow ? PinValue.High : PinValue.Low;
            Assert.Equal(PinValue.Low, relayInactive);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.RelayPin, relayInactive);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.WarningLightPin, PinValue.Low);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.BuzzerPin, PinValue.Low);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.StatusLedPin, PinValue.Low);
        }

        [Fact]
        public void Garage_opener_opens_the_relay_before_any_other_pin()
        {
            GaragePinMap map = GaragePinMap.DevKitC();

            GarageOpener.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            Assert.Equal(map.RelayPin, Board.Activity[0].Pin);
        }

        [Fact]
        public void Garage_opener_reads_its_limit_switches_with_pull_ups()
        {
            GaragePinMap map = GaragePinMap.DevKitC();

            GarageOpener.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            Assert.Equal(PinMode.InputPullUp, Board.GetMode(map.ClosedLimitPin));
            Assert.Equal(PinValue.High, Board.GetLevel(map.ClosedLimitPin));
        }

        [Fact]
        public void Garage_opener_start_up_log_names_the_board_and_pins()
        {
            GaragePinMap map = GaragePinMap.DevKitC();

            GarageOpener.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            Assert.Contains(map.BoardName, _log.Text);
            BootSafety.AssertLogNames(_log.Text, "relay", map.RelayPin);
            BootSafety.AssertLogNames(_log.Text, "light", map.WarningLightPin);
            BootSafety.AssertLogNames(_log.Text, "buzzer", map.BuzzerPin);
            BootSafety.AssertLogNames(_log.Text, "closed-limit", map.ClosedLimitPin);
            BootSafety.AssertLogNames(_log.Text, "open-limit", map.OpenLimitPin);
        }

        [Fact]
        public void Doorbell_boots_with_chime_camera_strike_and_led_driven_inactive_before_they_drive()
        {
            DoorbellPinMap map = DoorbellPinMap.DevKitC();
            Doorbell.Virtual.VirtualDeviceHost.Label(Board, map);

            Doorbell.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.StrikeRelayPin, PinValue.Low);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.ChimeRelayPin, PinValue.Low);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.CameraTriggerPin, PinValue.Low);
            BootSafety.AssertDrivenInactiveFromTheStart(Board, map.StatusLedPin, PinValue.Low);
        }

        [Fact]
        public void Doorbell_opens_the_strike_relay_before_any_other_pin()
        {
            DoorbellPinMap map = DoorbellPinMap.DevKitC();

            Doorbell.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            Assert.Equal(map.StrikeRelayPin, Board.Activity[0].Pin);
        }

        [Fact]
        public void Doorbell_start_up_log_names_the_board_and_pins()
        {
            DoorbellPinMap map = DoorbellPinMap.DevKitC();

            Doorbell.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            Assert.Contains(map.BoardName, _log.Text);
            BootSafety.AssertLogNames(_log.Text, "button", map.ButtonPin);
            BootSafety.AssertLogNames(_log.Text, "chime", map.ChimeRelayPin);
            BootSafety.AssertLogNames(_log.Text, "camera", map.CameraTriggerPin);
            BootSafety.AssertLogNames(_log.Text, "strike", map.StrikeRelayPin);
        }
    }
}
