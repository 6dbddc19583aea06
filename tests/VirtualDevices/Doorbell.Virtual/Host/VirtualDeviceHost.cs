// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using nanoFramework.HostEmulation.Board.Terminal;

namespace Doorbell.Virtual
{
    /// <summary>Entry point of the doorbell as a virtual device: the firmware's own Program on a virtual board.</summary>
    public static class VirtualDeviceHost
    {
        private static string s_brokerHost = "127.0.0.1";
        private static int s_brokerPort = 1883;
        private static string s_name = "doorbell";
        private static bool s_offline;

        /// <summary>Runs the virtual doorbell.</summary>
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

            int code = VirtualDeviceRunner.Run("doorbell", rest.ToArray(), Start, Console.In, Console.Out);

            // Firmware threads may still run; the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(code);
            return code;
        }

        /// <summary>Labels the pins of the DevKitC map and boots the firmware.</summary>
        /// <param name="board">The board.</param>
        /// <param name="options">The options.</param>
        public static void Start(VirtualBoard board, VirtualDeviceOptions options)
        {
            DoorbellPinMap map = DoorbellPinMap.DevKitC();
            Label(board, map);
            if (s_offline)
            {
                Program.Start(map, new ConsoleLog());
                return;
            }

            DevicePlatform platform = VirtualPlatform.Create(options.StateDirectory, s_brokerHost, s_brokerPort, s_name,
                new ConsoleLog(), new SystemClock());
            Program.Run(map, platform);
        }

        /// <summary>Names each pin of <paramref name="map"/> on the board.</summary>
        /// <param name="board">The board.</param>
        /// <param name="map">The pin map.</param>
        public static void Label(VirtualBoard board, DoorbellPinMap map)
        {
            SetLabel(board, map.ButtonPin, "button");
            SetLabel(board, map.MotionPin, "motion");
            SetLabel(board, map.ChimeRelayPin, "chime");
            SetLabel(board, map.CameraTriggerPin, "camera");
            SetLabel(board, map.StrikeRelayPin, "strike");
            SetLabel(board, map.SetupButtonPin, "setup-button");
            SetLabel(board, map.StatusLedPin, "led");
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
