// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using Shared.Runtime.Platform;
using nanoFramework.HostEmulation.Board.Terminal;

namespace Doorbell.Virtual
{
    /// <summary>Entry point of the doorbell as a virtual device: the firmware's own Program on a virtual board.</summary>
    public static class VirtualDeviceHost
    {
        /// <summary>Runs the virtual doorbell.</summary>
        /// <param name="args"><c>[--state DIR] [--exit-after-start]</c>.</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args)
        {
            int code = VirtualDeviceRunner.Run("doorbell", args, Start, Console.In, Console.Out);

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
            Program.Start(map, new ConsoleLog());
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
