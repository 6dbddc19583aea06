// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// An output pin, opened straight into output mode and then written inactive. nanoFramework refuses a write
    /// to a pin that is not an output (a new pin is an input), and entering output mode drives Low: an
    /// active-high driver therefore never sees its active level, while an active-low one sees Low for the
    /// moment between the two calls. That moment, and the seconds before the firmware runs at all, are covered
    /// in hardware by a pull resistor that holds the driver's input at its inactive level (hardware/*/README.md).
    /// </summary>
    public sealed class GpioDigitalOutput : IDigitalOutput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;
        private bool _active;

        /// <summary>
        /// Opens <paramref name="pinNumber"/> as an output driven inactive.
        /// </summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="activeLow"><c>true</c> when the driver energises on a low level.</param>
        public GpioDigitalOutput(GpioController controller, int pinNumber, bool activeLow)
        {
            _activeLow = activeLow;
            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(LevelFor(false));
            _active = false;
        }

        /// <summary>
        /// Gets the GPIO number.
        /// </summary>
        public int PinNumber
        {
            get { return _pin.PinNumber; }
        }

        /// <inheritdoc />
        public bool IsActive
        {
            get { return _active; }
        }

        /// <inheritdoc />
        public void Write(bool active)
        {
            _pin.Write(LevelFor(active));
            _active = active;
        }

        private PinValue LevelFor(bool active)
        {
            return active != _activeLow ? PinValue.High : PinValue.Low;
        }
    }
}
