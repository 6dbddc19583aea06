// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using System.Threading;
using Doorbell.Firmware.Board;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware
{
    /// <summary>
    /// Device entry point of the doorbell.
    /// </summary>
    public class Program
    {
        /// <summary>
        /// Boots the doorbell and never returns.
        /// </summary>
        public static void Main()
        {
            Start(DoorbellPinMap.DevKitC(), new ConsoleLog());
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>
        /// Opens every pin (relays inactive first) and logs the pin map.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        public static void Start(DoorbellPinMap map, ILog log)
        {
            GpioController gpio = new GpioController();

            // Relays first: a strike or chime must never be energised while the rest boots.
            GpioDigitalOutput strike = new GpioDigitalOutput(gpio, map.StrikeRelayPin, false);
            GpioDigitalOutput chime = new GpioDigitalOutput(gpio, map.ChimeRelayPin, false);
            GpioDigitalOutput camera = new GpioDigitalOutput(gpio, map.CameraTriggerPin, false);
            GpioDigitalOutput statusLed = new GpioDigitalOutput(gpio, map.StatusLedPin, false);

            GpioDigitalInput button = new GpioDigitalInput(gpio, map.ButtonPin, PinMode.InputPullUp, true);
            GpioDigitalInput setupButton = new GpioDigitalInput(gpio, map.SetupButtonPin, PinMode.InputPullUp, true);

            log.WriteLine("doorbell: starting on " + map.BoardName);
            log.WriteLine("doorbell: pins button=" + button.PinNumber.ToString()
                + " motion=" + map.MotionPin.ToString()
                + " chime=" + chime.PinNumber.ToString()
                + " camera=" + camera.PinNumber.ToString()
                + " strike=" + strike.PinNumber.ToString()
                + " led=" + statusLed.PinNumber.ToString()
                + " setup-button=" + setupButton.PinNumber.ToString());
            log.WriteLine("doorbell: chime, camera and strike inactive");
        }
    }
}
