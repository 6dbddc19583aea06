// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using System.Threading;
using Doorbell.Firmware.Board;
using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware
{
    /// <summary>
    /// Device entry point of the doorbell: opens the pins, builds the controller and runs its poll loop.
    /// </summary>
    public class Program
    {
        /// <summary>
        /// Boots the doorbell and never returns.
        /// </summary>
        public static void Main()
        {
            ILog log = new ConsoleLog();
            IClock clock = new SystemClock();

            // Relays inactive first; the bell rings (chime, camera) even before the network is up.
            DoorbellDevice device = Start(DoorbellPinMap.DevKitC(), log, clock);
            device.PrepareRuntime();
            device.StartPolling(DoorbellDevice.DefaultPollPeriodMs);

            DevicePlatform platform = DeviceBoot.ConnectPlatform(
                DeviceDefaults.Create(), DeviceDefaults.StorageRoot, "doorbell", log, clock);
            AttachRuntime(device, platform);
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>
        /// Boots the doorbell with the runtime (pins first, then identity, broker, threads): what Main does after
        /// the Wi-Fi step, and what a virtual device calls with its own platform.
        /// </summary>
        /// <param name="map">The pin map.</param>
        /// <param name="platform">Storage, RNG, crypto, clock, log, transport and reboot of this machine.</param>
        /// <returns>The running device; <see cref="DoorbellDevice.Runtime"/> has the pairing URI and topics.</returns>
        public static DoorbellDevice Run(DoorbellPinMap map, DevicePlatform platform)
        {
            DoorbellDevice device = Start(map, platform.Log, platform.Clock);
            AttachRuntime(device, platform);
            device.StartPolling(DoorbellDevice.DefaultPollPeriodMs);
            return device;
        }

        /// <summary>
        /// Wires the doorbell on the device clock and starts its poll loop.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        /// <returns>The running doorbell.</returns>
        public static DoorbellDevice Start(DoorbellPinMap map, ILog log)
        {
            DoorbellDevice device = Start(map, log, new SystemClock());
            device.StartPolling(DoorbellDevice.DefaultPollPeriodMs);
            return device;
        }

        /// <summary>
        /// Opens every pin (outputs inactive first) and builds the controller, without starting the poll
        /// loop: the caller polls with its own clock (tests, the virtual device) or calls
        /// <see cref="DoorbellDevice.StartPolling"/>.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        /// <param name="clock">The monotonic clock of the poll loop.</param>
        /// <returns>The wired doorbell.</returns>
        public static DoorbellDevice Start(DoorbellPinMap map, ILog log, IClock clock)
        {
            GpioController gpio = new GpioController();

            // Relays first: a strike or chime must never be energised while the rest boots.
            DoorbellPorts ports = new DoorbellPorts();
            if (map.StrikeRelayPin >= 0)
            {
                ports.StrikeRelay = new GpioDigitalOutput(gpio, map.StrikeRelayPin, map.StrikeRelayActiveLow);
            }

            ports.ChimeRelay = new GpioDigitalOutput(gpio, map.ChimeRelayPin, map.ChimeRelayActiveLow);
            ports.CameraTrigger = new GpioDigitalOutput(gpio, map.CameraTriggerPin, map.CameraTriggerActiveLow);
            ports.StatusLed = new GpioDigitalOutput(gpio, map.StatusLedPin, false);

            // Buttons close to ground (pull-up, active low); a PIR drives its output high on motion.
            ports.Button = new GpioDigitalInput(gpio, map.ButtonPin, PinMode.InputPullUp, true);
            ports.SetupButton = new GpioDigitalInput(gpio, map.SetupButtonPin, PinMode.InputPullUp, true);
            if (map.MotionPin >= 0)
            {
                ports.Motion = new GpioDigitalInput(gpio, map.MotionPin, PinMode.Input, false);
            }

            DoorbellController controller = new DoorbellController(
                ports, DoorbellSettings.Defaults(), DoorbellLimits.DefaultQueueCapacity);

            log.WriteLine("doorbell: starting on " + map.BoardName);
            log.WriteLine("doorbell: pins button=" + map.ButtonPin.ToString()
                + " motion=" + map.MotionPin.ToString()
                + " chime=" + map.ChimeRelayPin.ToString()
                + " camera=" + map.CameraTriggerPin.ToString()
                + " strike=" + map.StrikeRelayPin.ToString()
                + " led=" + map.StatusLedPin.ToString()
                + " setup-button=" + map.SetupButtonPin.ToString());
            log.WriteLine("doorbell: chime, camera and strike inactive");
            return new DoorbellDevice(controller, clock, log);
        }

        private static DeviceRuntime AttachRuntime(DoorbellDevice device, DevicePlatform platform)
        {
            DoorbellCommandHandler handler = new DoorbellCommandHandler(device.Controller, device.SyncRoot, platform.Clock);
            DeviceRuntime runtime = new DeviceRuntime(platform, DeviceDefaults.Kind, handler);
            handler.AttachStore(runtime);
            device.AttachRuntime(runtime);
            runtime.Start();
            return runtime;
        }
    }
}
