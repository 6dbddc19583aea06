// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using VirtualDevice.Host;

namespace GarageOpener.Virtual
{
    /// <summary>Entry point of the garage opener as a virtual device: the firmware's own Program on a virtual board.</summary>
    public static class VirtualDeviceHost
    {
        /// <summary>Runs the virtual garage opener.</summary>
        /// <param name="args">The command line (see <c>--help</c>).</param>
        /// <returns>The exit code.</returns>
        public static int Main(string[] args)
        {
            return VirtualDeviceLauncher.Main(args, Profile());
        }

        /// <summary>What the shared launcher needs to know about this device.</summary>
        /// <returns>The profile.</returns>
        public static VirtualDeviceProfile Profile()
        {
            return new VirtualDeviceProfile
            {
                Name = "garage-opener",
                Defaults = DeviceDefaults.Create,
                Wire = board =>
                {
                    // The virtual door rests closed, as on most first installs: the closed-limit reed switch is made
                    // at power-up, so the console reads "door closed" from the switch (type "release 32" to lift it).
                    GaragePinMap map = GaragePinMap.DevKitC();
                    Wire(board, map);
                    board.SetInput(map.ClosedLimitPin, PinValue.Low);
                },
                StartOffline = log => Program.Start(GaragePinMap.DevKitC(), log),
                Run = platform => Program.Run(GaragePinMap.DevKitC(), platform),
            };
        }

        /// <summary>Names each pin of <paramref name="map"/> and fits the external resistors the wiring has.</summary>
        /// <param name="board">The board.</param>
        /// <param name="map">The pin map.</param>
        public static void Wire(VirtualBoard board, GaragePinMap map)
        {
            VirtualDeviceLauncher.SetLabel(board, map.RelayPin, "relay");
            VirtualDeviceLauncher.SetLabel(board, map.CloseRelayPin, "close-relay");
            VirtualDeviceLauncher.SetLabel(board, map.StopRelayPin, "stop-relay");
            VirtualDeviceLauncher.SetLabel(board, map.WarningLightPin, "light");
            VirtualDeviceLauncher.SetLabel(board, map.BuzzerPin, "buzzer");
            VirtualDeviceLauncher.SetLabel(board, map.ClosedLimitPin, "closed-limit");
            VirtualDeviceLauncher.SetLabel(board, map.OpenLimitPin, "open-limit");
            VirtualDeviceLauncher.SetLabel(board, map.ObstructionPin, "obstruction");
            VirtualDeviceLauncher.SetLabel(board, map.SetupButtonPin, "setup-button");
            VirtualDeviceLauncher.SetLabel(board, map.StatusLedPin, "led");

            // GPIO 34-39 have no internal pull resistors: the obstruction board carries the pull-up, so the
            // virtual wiring has one too (idle = not obstructed).
            if (map.ObstructionPin >= 34)
            {
                board.SetExternalPull(map.ObstructionPin, PinValue.High);
            }
        }
    }
}
