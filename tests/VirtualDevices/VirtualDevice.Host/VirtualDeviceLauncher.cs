// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using nanoFramework.HostEmulation.Board;
using nanoFramework.HostEmulation.Board.Terminal;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace VirtualDevice.Host
{
    /// <summary>
    /// The shared Main of the virtual devices: parses the command line (System.CommandLine, as okf does, so --help
    /// lists every option), then hands the terminal to the console runner.
    /// </summary>
    public static class VirtualDeviceLauncher
    {
        /// <summary>Broker host used when <c>--broker</c> is not given.</summary>
        public const string DefaultBrokerHost = "127.0.0.1";

        /// <summary>Broker port used when <c>--broker</c> is not given.</summary>
        public const int DefaultBrokerPort = 1883;

        /// <summary>Exit code of a command line that was not understood.</summary>
        public const int UsageExitCode = 2;

        /// <summary>Runs a virtual device and ends the process with its exit code.</summary>
        /// <param name="args">The command line (see <c>--help</c>).</param>
        /// <param name="profile">The device.</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args, VirtualDeviceProfile profile)
        {
            int code = Run(args, profile, Console.In, Console.Out);

            // Firmware threads may still run; the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(code);
            return code;
        }

        /// <summary>Parses the command line and runs the device (or prints help or the usage error).</summary>
        /// <param name="args">The command line.</param>
        /// <param name="profile">The device.</param>
        /// <param name="input">The console's input (press/release commands).</param>
        /// <param name="output">The console's output.</param>
        /// <returns>0 on a clean exit or after --help, 2 for a command line not understood, 3 after a firmware reboot.</returns>
        public static int Run(string[] args, VirtualDeviceProfile profile, TextReader input, TextWriter output)
        {
            var broker = new Option<string>("--broker")
            {
                Description = "MQTT broker as HOST:PORT (the port defaults to 1883)",
                DefaultValueFactory = _ => DefaultBrokerHost + ":" + DefaultBrokerPort.ToString(CultureInfo.InvariantCulture),
            };
            var name = new Option<string>("--name")
            {
                Description = "Device name (config device.name; the firmware's own default is used when not given)",
                DefaultValueFactory = _ => profile.Name,
            };
            var offline = new Option<bool>("--offline") { Description = "Boot without the network: pins and console only, no pairing" };
            var state = new Option<string>("--state")
            {
                Description = "Folder that plays the device's flash drive I:\\ (keys, counters, config.txt); default ./.state/" + profile.Name,
            };
            var exitAfterStart = new Option<bool>("--exit-after-start") { Description = "Boot, print the start-up lines and exit (smoke tests)" };
            var quiet = new Option<bool>("--quiet")
            {
                Description = "Print no output pin changes, only the firmware's own lines (pairing URI, door states, ...)",
            };
            var pins = new Option<string>("--pins") { Description = "Print changes of these output pins only, e.g. --pins 25,26,27" };
            var hidePins = new Option<string>("--hide-pins")
            {
                Description = "Never print changes of these pins, e.g. --hide-pins 19 (the status LED, 10 lines a second while pairing)",
            };
            var root = new RootCommand(Describe(profile)) { broker, name, offline, state, exitAfterStart, quiet, pins, hidePins };

            int code = 0;
            root.SetAction(parsed =>
            {
                if (!VirtualPlatform.TryParseBroker(parsed.GetValue(broker), out string brokerHost, out int brokerPort))
                {
                    output.WriteLine("--broker must be HOST:PORT, not '" + parsed.GetValue(broker) + "' (try --help)");
                    code = UsageExitCode;
                    return;
                }

                if (!TryParsePins(parsed.GetValue(pins), out int[] shown) || !TryParsePins(parsed.GetValue(hidePins), out int[] hidden))
                {
                    output.WriteLine("--pins and --hide-pins take GPIO numbers separated by commas, e.g. 19 or 25,26 (try --help)");
                    code = UsageExitCode;
                    return;
                }

                VirtualDeviceOptions options = VirtualDeviceOptions.Create(parsed.GetValue(state), profile.Name,
                    parsed.GetValue(exitAfterStart), parsed.GetValue(quiet), shown, hidden);
                string deviceName = parsed.GetValue(name);
                bool noNetwork = parsed.GetValue(offline);
                code = VirtualDeviceRunner.Run(profile.Name, options, (board, o) =>
                {
                    profile.Wire(board);
                    if (noNetwork)
                    {
                        profile.StartOffline(new ConsoleLog());
                        return;
                    }

                    DevicePlatform platform = VirtualPlatform.Create(profile.Defaults(), o.StateDirectory, brokerHost, brokerPort,
                        deviceName, new ConsoleLog(), new SystemClock());
                    profile.Run(platform);
                }, input, output);
            });

            ParseResult result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
                {
                    output.WriteLine(error.Message);
                }

                output.WriteLine("(try --help)");
                return UsageExitCode;
            }

            int invoked = result.Invoke(new InvocationConfiguration { Output = output, Error = output });
            return invoked != 0 ? invoked : code;
        }

        /// <summary>Names a pin on the board, skipping optional parts the map leaves out (-1).</summary>
        /// <param name="board">The board.</param>
        /// <param name="pin">The pin, or -1.</param>
        /// <param name="label">The label.</param>
        public static void SetLabel(VirtualBoard board, int pin, string label)
        {
            if (pin >= 0)
            {
                board.SetLabel(pin, label);
            }
        }

        private static bool TryParsePins(string text, out int[] pins)
        {
            pins = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }

            var list = new List<int>();
            foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int pin) || pin >= VirtualBoard.Esp32PinCount)
                {
                    return false;
                }

                list.Add(pin);
            }

            pins = list.ToArray();
            return list.Count > 0;
        }

        // The help text: what the program is, the console commands, and this device's pins (from its own wiring).
        private static string Describe(VirtualDeviceProfile profile)
        {
            var board = new VirtualBoard();
            profile.Wire(board);
            var text = new StringBuilder();
            text.Append("Virtual ").Append(profile.Name).Append(": the firmware's own Program on a virtual ESP32 board, against a real MQTT ")
                .Append("broker. Type on the console: press N | release N | set N high|low | pins | help | quit. Hold the setup button ")
                .Append(SetupButton.PairingHoldMs / 1000).Append(" s (press 18, wait, release 18) to open the pairing window; the console ")
                .Append("then prints the URI to pair with. A hold that starts at power-up is the factory-reset gesture instead. Pins:");
            for (int pin = 0; pin < board.PinCount; pin++)
            {
                string label = board.GetLabel(pin);
                if (label != null)
                {
                    text.Append(' ').Append(pin).Append('=').Append(label);
                }
            }

            return text.Append('.').ToString();
        }
    }
}
