// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using GarageOpener.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using nanoFramework.HostEmulation.Board.Terminal;
using VirtualDevice.Host;
using Xunit;

namespace HostEmulation.Tests
{
    /// <summary>The virtual devices' command line (--help lists every option) and the output filters of their console.</summary>
    public class VirtualDeviceLauncherTests : IDisposable
    {
        private readonly string _state = Path.Combine(Path.GetTempPath(), "launcher-" + Guid.NewGuid().ToString("N"));
        private readonly StringWriter _out = new StringWriter();

        public void Dispose()
        {
            if (Directory.Exists(_state))
            {
                Directory.Delete(_state, true);
            }
        }

        [Theory]
        [InlineData("garage")]
        [InlineData("doorbell")]
        public void Help_lists_every_option_the_pins_and_the_pairing_hold(string device)
        {
            VirtualDeviceProfile profile = device == "garage"
                ? GarageOpener.Virtual.VirtualDeviceHost.Profile()
                : Doorbell.Virtual.VirtualDeviceHost.Profile();

            int code = VirtualDeviceLauncher.Run(new[] { "--help" }, profile, TextReader.Null, _out);

            string help = _out.ToString();
            Assert.Equal(0, code);
            foreach (string option in new[] { "--broker", "--name", "--offline", "--state", "--exit-after-start", "--quiet", "--pins", "--hide-pins" })
            {
                Assert.Contains(option, help);
            }

            Assert.Contains("18=setup-button", help);
            Assert.Contains("Hold the setup button 3 s", help);
            Assert.DoesNotContain("virtual " + profile.Name + " (", help);
        }

        [Theory]
        [InlineData("--bogus")]
        [InlineData("--broker", "host:notaport")]
        [InlineData("--hide-pins", "nineteen")]
        public void A_command_line_not_understood_exits_2_and_points_to_help(params string[] args)
        {
            int code = VirtualDeviceLauncher.Run(args, GarageOpener.Virtual.VirtualDeviceHost.Profile(), TextReader.Null, _out);

            Assert.Equal(VirtualDeviceLauncher.UsageExitCode, code);
            Assert.Contains("help", _out.ToString());
        }

        [Fact]
        public void Hide_pins_keeps_the_status_led_off_the_console_and_shows_the_rest()
        {
            VirtualDeviceOptions options = VirtualDeviceOptions.Create(_state, "garage-opener", true, false, null, new[] { 19 });

            int code = VirtualDeviceRunner.Run("garage-opener", options, StartGarage, TextReader.Null, _out);

            Assert.Equal(0, code);
            Assert.DoesNotContain("GPIO19", _out.ToString());
            Assert.Contains("GPIO26 relay -> Low", _out.ToString());
        }

        [Fact]
        public void Quiet_prints_no_pin_changes_and_pins_prints_only_the_chosen_ones()
        {
            int quiet = VirtualDeviceRunner.Run("garage-opener", VirtualDeviceOptions.Create(_state, "garage-opener", true, true, null, null),
                StartGarage, TextReader.Null, _out);
            Assert.Equal(0, quiet);
            Assert.DoesNotContain(" -> ", _out.ToString());

            var only = new StringWriter();
            VirtualDeviceRunner.Run("garage-opener", VirtualDeviceOptions.Create(_state, "garage-opener", true, false, new[] { 26 }, null),
                StartGarage, TextReader.Null, only);
            Assert.Contains("GPIO26 relay -> Low", only.ToString());
            Assert.DoesNotContain("GPIO25", only.ToString());
        }

        [Fact]
        public void The_virtual_garage_boots_with_the_door_closed_read_from_its_closed_limit_switch()
        {
            var clock = new ManualBoardClock();
            var board = new VirtualBoard(clock);
            using (VirtualBoard.Install(board))
            {
                GarageOpener.Virtual.VirtualDeviceHost.Profile().Wire(board);
                var log = new ListLog();
                GarageOpener.Firmware.GarageDevice device = GarageOpener.Firmware.Program.Start(GaragePinMap.DevKitC(), log, new BoardTimeClock(board));
                for (int i = 0; i < 20; i++)
                {
                    clock.AdvanceMilliseconds(GarageOpener.Firmware.GarageDevice.PollIntervalMs);
                    device.Poll((long)board.Now.TotalMilliseconds);
                }

                Assert.Equal(GarageOpener.Firmware.Controller.DoorState.Closed,
                    device.Controller.Snapshot((long)board.Now.TotalMilliseconds).State);
                Assert.Contains("garage-opener: door closed (read from the limit switches)", log.Lines);
            }
        }

        private static void StartGarage(VirtualBoard board, VirtualDeviceOptions options)
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(board, map);
            GarageOpener.Firmware.Program.Start(map, new ListLog(), new BoardTimeClock(board));
        }
    }
}
