// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using System.Threading;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware
{
    /// <summary>
    /// Device entry point of the garage opener.
    /// </summary>
    public class Program
    {
        /// <summary>
        /// Boots the garage opener and never returns.
        /// </summary>
        public static void Main()
        {
            ILog log = new ConsoleLog();
            IClock clock = new SystemClock();

            // Outputs are driven inactive before anything else; the door logic runs even while offline.
            GarageDevice device = Start(GaragePinMap.DevKitC(), log, clock);
            device.StartPollThread();

            DevicePlatform platform = DeviceBoot.ConnectPlatform(
                DeviceDefaults.Create(), DeviceDefaults.StorageRoot, "garage-opener", log, clock);
            AttachRuntime(device, platform);
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>
        /// Boots the garage opener with the runtime (pins first, then identity, broker, threads): what Main does
        /// after the Wi-Fi step, and what a virtual device calls with its own platform.
        /// </summary>
        /// <param name="map">The pin map.</param>
        /// <param name="platform">Storage, RNG, crypto, clock, log, transport and reboot of this machine.</param>
        /// <returns>The running device; <see cref="GarageDevice.Runtime"/> has the pairing URI and topics.</returns>
        public static GarageDevice Run(GaragePinMap map, DevicePlatform platform)
        {
            GarageDevice device = Start(map, platform.Log, platform.Clock);
            AttachRuntime(device, platform);
            device.StartPollThread();
            return device;
        }

        /// <summary>
        /// Boots on <paramref name="map"/> with the system clock and starts the poll thread.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        /// <returns>The running device.</returns>
        public static GarageDevice Start(GaragePinMap map, ILog log)
        {
            GarageDevice device = Start(map, log, new SystemClock());
            device.StartPollThread();
            return device;
        }

        /// <summary>
        /// Opens every pin (outputs inactive first, the relays before anything else) and builds the
        /// device without starting its poll thread: the caller polls it (tests) or starts the thread.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        /// <param name="clock">The monotonic clock of the poll thread.</param>
        /// <returns>The device, door state Unknown until the limit switches settle.</returns>
        public static GarageDevice Start(GaragePinMap map, ILog log, IClock clock)
        {
            GpioController gpio = new GpioController();

            // The relays go first: until these lines run the pins float, and the relay module's own
            // pull-down keeps them off; after them, the pins are driven inactive.
            GpioDigitalOutput relay = new GpioDigitalOutput(gpio, map.RelayPin, map.RelayActiveLow);
            GpioDigitalOutput closeRelay = OptionalOutput(gpio, map.CloseRelayPin, map.RelayActiveLow);
            GpioDigitalOutput stopRelay = OptionalOutput(gpio, map.StopRelayPin, map.RelayActiveLow);
            GpioDigitalOutput warningLight = new GpioDigitalOutput(gpio, map.WarningLightPin, false);
            GpioDigitalOutput buzzer = new GpioDigitalOutput(gpio, map.BuzzerPin, false);
            GpioDigitalOutput statusLed = new GpioDigitalOutput(gpio, map.StatusLedPin, false);

            GpioDigitalInput closedLimit = new GpioDigitalInput(gpio, map.ClosedLimitPin, PinMode.InputPullUp, true);
            GpioDigitalInput openLimit = map.OpenLimitPin < 0
                ? null
                : new GpioDigitalInput(gpio, map.OpenLimitPin, PinMode.InputPullUp, true);

            // GPIO 34-39 have no internal pull: the obstruction board brings its own pull-up.
            GpioDigitalInput obstruction = map.ObstructionPin < 0
                ? null
                : new GpioDigitalInput(gpio, map.ObstructionPin, PinMode.Input, map.ObstructionActiveLow);
            GpioDigitalInput setupButton = new GpioDigitalInput(gpio, map.SetupButtonPin, PinMode.InputPullUp, true);

            RelayPulser pulser = new RelayPulser(relay, closeRelay, stopRelay);
            WarningSignal warning = new WarningSignal(warningLight, buzzer, clock);
            GarageLogSink events = new GarageLogSink(log);
            GarageController controller = new GarageController(closedLimit, openLimit, obstruction, pulser, warning, events);

            log.WriteLine("garage-opener: starting on " + map.BoardName);
            log.WriteLine("garage-opener: pins relay=" + relay.PinNumber.ToString()
                + " close-relay=" + map.CloseRelayPin.ToString()
                + " stop-relay=" + map.StopRelayPin.ToString()
                + " light=" + warningLight.PinNumber.ToString()
                + " buzzer=" + buzzer.PinNumber.ToString()
                + " led=" + statusLed.PinNumber.ToString()
                + " closed-limit=" + closedLimit.PinNumber.ToString()
                + " open-limit=" + map.OpenLimitPin.ToString()
                + " obstruction=" + map.ObstructionPin.ToString()
                + " setup-button=" + setupButton.PinNumber.ToString());
            log.WriteLine("garage-opener: relay inactive; door state Unknown until the limit switches are read");
            return new GarageDevice(controller, pulser, setupButton, statusLed, clock, log, events);
        }

        private static DeviceRuntime AttachRuntime(GarageDevice device, DevicePlatform platform)
        {
            GarageCommandHandler handler = new GarageCommandHandler(device.Controller, device.SyncRoot, platform.Clock);
            DeviceRuntime runtime = new DeviceRuntime(platform, DeviceDefaults.Kind, handler);
            handler.AttachStore(runtime);
            device.AttachSink(new GarageRuntimeSink(runtime));
            device.AttachRuntime(runtime);
            runtime.Start();
            return runtime;
        }

        private static GpioDigitalOutput OptionalOutput(GpioController gpio, int pin, bool activeLow)
        {
            return pin < 0 ? null : new GpioDigitalOutput(gpio, pin, activeLow);
        }
    }
}
