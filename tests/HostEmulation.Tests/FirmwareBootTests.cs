// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using Doorbell.Firmware.Board;
using GarageOpener.Firmware.Board;
using nanoFramework.HostEmulation.Board;
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
        public void Garage_opener_with_an_active_low_relay_shows_the_active_level_only_until_its_very_next_write()
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            map.RelayActiveLow = true;

            GarageOpener.Firmware.Program.Start(map, _log, new BoardTimeClock(Board));

            // Entering output mode drives Low (nanoFramework has no way to preset the level): the active level of
            // an active-low relay lasts until the next call, which writes High before any other pin is touched.
            // hardware/garage-opener/README.md explains why the relay cannot close in that time and the pull-up.
            List<PinActivity> all = Board.Activity.ToList();
            int modeChange = all.FindIndex(a => a.Pin == map.RelayPin && a.Kind == PinActivityKind.ModeChanged && a.IsOutput);
            Assert.Equal(0, all.FindIndex(a => a.Pin == map.RelayPin));
            PinActivity next = all[modeChange + 1];
            Assert.Equal(map.RelayPin, next.Pin);
            Assert.Equal(PinActivityKind.Written, next.Kind);
            Assert.Equal(PinValue.High, next.Level);
            Assert.Equal(next.Time, all[modeChange].Time);
            Assert.All(all.Where(a => a.Pin == map.RelayPin).Skip(modeChange + 2), a => Assert.Equal(PinValue.High, a.Level));
            Assert.Equal(PinValue.High, Board.GetLevel(map.RelayPin));
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
