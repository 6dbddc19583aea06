// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using nanoFramework.HostEmulation.Board;

namespace nanoFramework.HostEmulation.Board.Terminal
{
    /// <summary>Starts one firmware on a fresh virtual board and hands the terminal to a <see cref="BoardConsole"/>.</summary>
    public static class VirtualDeviceRunner
    {
        /// <summary>What a virtual device does to boot: label pins, then call the firmware's own Program.Start.</summary>
        /// <param name="board">The board the firmware runs on.</param>
        /// <param name="options">The parsed options (state folder).</param>
        public delegate void StartFirmware(VirtualBoard board, VirtualDeviceOptions options);

        /// <summary>Runs a virtual device until "quit", the end of standard input, or a firmware reboot.</summary>
        /// <param name="deviceName">The device name used in the banner and the default state folder.</param>
        /// <param name="args">The command line.</param>
        /// <param name="start">Boots the firmware.</param>
        /// <param name="input">The command source (standard input for the real process).</param>
        /// <param name="output">Where lines go.</param>
        /// <returns>The process exit code: 0 on a clean exit, 2 on bad arguments, 3 after a firmware reboot.</returns>
        public static int Run(string deviceName, string[] args, StartFirmware start, TextReader input, TextWriter output)
        {
            VirtualDeviceOptions options = VirtualDeviceOptions.Parse(args, deviceName);
            if (options.Error != null)
            {
                output.WriteLine(options.Error);
                return 2;
            }

            return Run(deviceName, options, start, input, output);
        }

        /// <summary>Runs a virtual device with options parsed by the caller.</summary>
        /// <param name="deviceName">The device name used in the banner.</param>
        /// <param name="options">The options (state folder, exit after start, which pin changes to print).</param>
        /// <param name="start">Boots the firmware.</param>
        /// <param name="input">The command source.</param>
        /// <param name="output">Where lines go.</param>
        /// <returns>The process exit code: 0 on a clean exit, 3 after a firmware reboot.</returns>
        public static int Run(string deviceName, VirtualDeviceOptions options, StartFirmware start, TextReader input, TextWriter output)
        {
            VirtualBoard board = new VirtualBoard();
            using (VirtualBoard.Install(board))
            {
                BoardConsole console = new BoardConsole(board, output);
                console.EchoOutputs(options.ShowsPin);
                output.WriteLine("== virtual " + deviceName + " (.NET " + Environment.Version + ", virtual ESP32 board)");
                output.WriteLine("== state folder: " + options.StateDirectory);
                try
                {
                    start(board, options);
                }
                catch (VirtualRebootException)
                {
                    output.WriteLine(BoardConsole.Stamp(board.Now) + " firmware rebooted during start-up; exiting");
                    return 3;
                }

                if (options.ExitAfterStart)
                {
                    return 0;
                }

                // A reboot from a firmware thread ends the process: a restart is a new run, as a power cycle is.
                board.RebootHandler = () =>
                {
                    output.WriteLine(BoardConsole.Stamp(board.Now) + " firmware rebooted; exiting");
                    output.Flush();
                    Environment.Exit(3);
                };
                console.Run(input);
                return 0;
            }
        }
    }
}
