// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using nanoFramework.HostEmulation.Board.Terminal;

namespace GarageOpener.Virtual
{
    /// <summary>Entry point of the garage opener as a virtual device: the firmware's own Program on a virtual board.</summary>
    public static class VirtualDeviceHost
    {
        private static string s_brokerHost = "127.0.0.1";
        private static int s_brokerPort = 1883;
        private static string s_name = "garage-opener";
        private static bool s_offline;

        /// <summary>Runs the virtual garage opener.</summary>
        /// <param name="args"><c>[--broker HOST:PORT] [--name NAME] [--offline] [--state DIR] [--exit-after-start]</c>.</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args)
        {
            // Runtime options are taken here; the rest goes to the shared runner.
            System.Collections.Generic.List<string> rest = new System.Collections.Generic.List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--broker" && i + 1 < args.Length)
                {
                    if (!VirtualPlatform.TryParseBroker(args[++i], out s_brokerHost, out s_brokerPort))
                    {
                        Console.WriteLine("bad --broker value '" + args[i] + "'; expected HOST:PORT");
                        return 2;
                    }
                }
                else if (args[i] == "--name" && i + 1 < args.Length)
                {
                    s_name = args[++i];
                }
                else if (args[i] == "--offline")
                {
                    s_offline = true;
                }
                else
                {
                    rest.Add(args[i]);
                }
            }

            int code = VirtualDeviceRunner.Run("garage-opener", rest.ToArray(), Start, Console.In, Console.Out);

            // Firmware threads may still run; the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(code);
            return code;
        }

        /// <summary>Wires the DevKitC map on the board and boots the firmware.</summary>
        /// <param name="board">The board.</param>
        /// <param name="options">The options.</param>
        public static void Start(VirtualBoard board, VirtualDeviceOptions options)
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            Wire(board, map);
            if (s_offline)
            {
                Program.Start(map, new ConsoleLog());
                return;
            }

            DevicePlatform platform = VirtualPlatform.Create(options.StateDirectory, s_brokerHost, s_brokerPort, s_name,
                new ConsoleLog(), new SystemClock());
            Program.Run(map, platform);
        }

        /// <summary>Names each pin of <paramref name="map"/> and fits the external resistors the wiring has.</summary>
        /// <param name="board">The board.</param>
        /// <param name="map">The pin map.</param>
        public static void Wire(VirtualBoard board, GaragePinMap map)
        {
            SetLabel(board, map.RelayPin, "relay");
            SetLabel(board, map.CloseRelayPin, "close-relay");
            SetLabel(board, map.StopRelayPin, "stop-relay");
            SetLabel(board, map.WarningLightPin, "light");
            SetLabel(board, map.BuzzerPin, "buzzer");
            SetLabel(board, map.ClosedLimitPin, "closed-limit");
            SetLabel(board, map.OpenLimitPin, "open-limit");
            SetLabel(board, map.ObstructionPin, "obstruction");
            SetLabel(board, map.SetupButtonPin, "setup-button");
            SetLabel(board, map.StatusLedPin, "led");

            // GPIO 34-39 have no internal pull resistors: the obstruction board carries the pull-up, so the
            // virtual wiring has one too (idle = not obstructed).
            if (map.ObstructionPin >= 34)
            {
                board.SetExternalPull(map.ObstructionPin, PinValue.High);
            }
        }

        private static void SetLabel(VirtualBoard board, int pin, string label)
        {
            // Optional parts are -1 in the map.
            if (pin >= 0)
            {
                board.SetLabel(pin, label);
            }
        }
    }
}
