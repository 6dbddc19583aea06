// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using Doorbell.Firmware.Board;
using GarageOpener.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using nanoFramework.HostEmulation.Board.Terminal;
using Xunit;

namespace HostEmulation.Tests
{
    public class VirtualDeviceConsoleTests : IDisposable
    {
        private readonly string _state = Path.Combine(Path.GetTempPath(), "hostemu-" + Guid.NewGuid().ToString("N"), "garage");
        private readonly StringWriter _out = new StringWriter();

        // The firmware's own threads are not started here: the 3-argument Start leaves polling to the caller.
        private static void StartGarage(VirtualBoard board, VirtualDeviceOptions options)
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(board, map);
            GarageOpener.Firmware.Program.Start(map, new ListLog(), new BoardTimeClock(board));
        }

        private static void StartDoorbell(VirtualBoard board, VirtualDeviceOptions options)
        {
            DoorbellPinMap map = DoorbellPinMap.DevKitC();
            Doorbell.Virtual.VirtualDeviceHost.Label(board, map);
            Doorbell.Firmware.Program.Start(map, new ListLog(), new BoardTimeClock(board));
        }

        public void Dispose()
        {
            string root = Path.GetDirectoryName(_state);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }

        [Fact]
        public void TheStateFolderHoldingTheDeviceKeysIsOwnerOnly()
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            VirtualDeviceOptions fresh = VirtualDeviceOptions.Parse(new[] { "--state", _state }, "garage");
            Assert.Null(fresh.Error);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_state));

            // A folder an older version created with the default 0755 is tightened on the next start.
            File.SetUnixFileMode(_state, (UnixFileMode)Convert.ToInt32("755", 8));
            VirtualDeviceOptions.Parse(new[] { "--state", _state }, "garage");
            Assert.Equal((UnixFileMode)Convert.ToInt32("700", 8), File.GetUnixFileMode(_state));
        }

        [Fact]
        public void Exit_after_start_boots_prints_the_outputs_and_creates_the_state_folder()
        {
            int code = VirtualDeviceRunner.Run(
                "garage-opener", new[] { "--state", _state, "--exit-after-start" }, StartGarage, TextReader.Null, _out);

            Assert.Equal(0, code);
            Assert.True(Directory.Exists(_state));
            Assert.Contains("virtual garage-opener", _out.ToString());
            Assert.Contains("GPIO26 relay -> Low", _out.ToString());
        }

        [Fact]
        public void Console_commands_drive_inputs_and_pins_lists_them()
        {
            string script = "press 32\npins\nset 33 low\nbogus\npins\nquit\npress 18\n";

            int code = VirtualDeviceRunner.Run(
                "garage-opener", new[] { "--state", _state }, StartGarage, new StringReader(script), _out);

            string text = _out.ToString();
            Assert.Equal(0, code);
            Assert.Matches(@"GPIO32 closed-limit\s+InputPullUp\s+Low", text);
            Assert.Matches(@"GPIO26 relay\s+Output\s+Low", text);
            Assert.Matches(@"GPIO33 open-limit\s+InputPullUp\s+Low", text);
            Assert.Contains("commands:", text);
        }

        [Fact]
        public void A_closed_standard_input_ends_the_console_cleanly()
        {
            int code = VirtualDeviceRunner.Run(
                "doorbell", new[] { "--state", _state }, StartDoorbell, TextReader.Null, _out);

            Assert.Equal(0, code);
            Assert.Contains("GPIO25 strike -> Low", _out.ToString());
        }

        [Fact]
        public void Unknown_arguments_are_refused()
        {
            int code = VirtualDeviceRunner.Run(
                "doorbell", new[] { "--frobnicate" }, StartDoorbell, TextReader.Null, _out);

            Assert.Equal(2, code);
            Assert.Contains("usage", _out.ToString());
        }

        [Fact]
        public void Bad_pin_numbers_are_reported_not_thrown()
        {
            BoardConsole console = new BoardConsole(new VirtualBoard(), _out);

            Assert.True(console.Execute("press 99"));
            Assert.True(console.Execute("set 26 maybe"));
            Assert.False(console.Execute("quit"));
            Assert.Contains("error: no GPIO '99'", _out.ToString());
        }
    }
}
