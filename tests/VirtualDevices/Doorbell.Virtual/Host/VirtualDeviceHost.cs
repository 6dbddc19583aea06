// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using nanoFramework.HostEmulation.Board;
using VirtualDevice.Host;

namespace Doorbell.Virtual
{
    /// <summary>Entry point of the doorbell as a virtual device: the firmware's own Program on a virtual board.</summary>
    public static class VirtualDeviceHost
    {
        /// <summary>Runs the virtual doorbell.</summary>
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
                Name = "doorbell",
                Defaults = DeviceDefaults.Create,
                Wire = board => Label(board, DoorbellPinMap.DevKitC()),
                StartOffline = log => Program.Start(DoorbellPinMap.DevKitC(), log),
                Run = platform => Program.Run(DoorbellPinMap.DevKitC(), platform),
            };
        }

        /// <summary>Names each pin of <paramref name="map"/> on the board.</summary>
        /// <param name="board">The board.</param>
        /// <param name="map">The pin map.</param>
        public static void Label(VirtualBoard board, DoorbellPinMap map)
        {
            VirtualDeviceLauncher.SetLabel(board, map.ButtonPin, "button");
            VirtualDeviceLauncher.SetLabel(board, map.MotionPin, "motion");
            VirtualDeviceLauncher.SetLabel(board, map.ChimeRelayPin, "chime");
            VirtualDeviceLauncher.SetLabel(board, map.CameraTriggerPin, "camera");
            VirtualDeviceLauncher.SetLabel(board, map.StrikeRelayPin, "strike");
            VirtualDeviceLauncher.SetLabel(board, map.SetupButtonPin, "setup-button");
            VirtualDeviceLauncher.SetLabel(board, map.StatusLedPin, "led");
        }
    }
}
