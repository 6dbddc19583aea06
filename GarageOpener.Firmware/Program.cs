// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;
using System.Threading;
using GarageOpener.Firmware.Board;
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
            Start(GaragePinMap.DevKitC(), new ConsoleLog());
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>
        /// Opens every pin (outputs inactive first, the relay before anything else) and logs the pin map.
        /// </summary>
        /// <param name="map">The board's pin map.</param>
        /// <param name="log">Where start-up lines go.</param>
        public static void Start(GaragePinMap map, ILog log)
        {
            GpioController gpio = new GpioController();

            // The relay goes first: until this line runs the pin floats, and the relay module's own
            // pull-down keeps it off; after it, the pin is driven inactive.
            GpioDigitalOutput relay = new GpioDigitalOutput(gpio, map.RelayPin, map.RelayActiveLow);
            GpioDigitalOutput warningLight = new GpioDigitalOutput(gpio, map.WarningLightPin, false);
            GpioDigitalOutput buzzer = new GpioDigitalOutput(gpio, map.BuzzerPin, false);
            GpioDigitalOutput statusLed = new GpioDigitalOutput(gpio, map.StatusLedPin, false);

            GpioDigitalInput closedLimit = new GpioDigitalInput(gpio, map.ClosedLimitPin, PinMode.InputPullUp, true);
            GpioDigitalInput openLimit = new GpioDigitalInput(gpio, map.OpenLimitPin, PinMode.InputPullUp, true);
            GpioDigitalInput setupButton = new GpioDigitalInput(gpio, map.SetupButtonPin, PinMode.InputPullUp, true);

            log.WriteLine("garage-opener: starting on " + map.BoardName);
            log.WriteLine("garage-opener: pins relay=" + relay.PinNumber.ToString()
                + " light=" + warningLight.PinNumber.ToString()
                + " buzzer=" + buzzer.PinNumber.ToString()
                + " led=" + statusLed.PinNumber.ToString()
                + " closed-limit=" + closedLimit.PinNumber.ToString()
                + " open-limit=" + openLimit.PinNumber.ToString()
                + " obstruction=" + map.ObstructionPin.ToString()
                + " setup-button=" + setupButton.PinNumber.ToString());
            log.WriteLine("garage-opener: relay inactive; door state Unknown until the limit switches are read");
        }
    }
}
