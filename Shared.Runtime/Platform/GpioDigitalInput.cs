// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Gpio;

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// An input pin read as a logical level. Debouncing and minimum-press logic live in the
    /// portable controllers (they are tested there with a fake clock), not here.
    /// </summary>
    public sealed class GpioDigitalInput : IDigitalInput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;

        /// <summary>
        /// Opens <paramref name="pinNumber"/> as an input.
        /// </summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="mode">Input, InputPullUp or InputPullDown.</param>
        /// <param name="activeLow"><c>true</c> when a closed contact pulls the pin low.</param>
        public GpioDigitalInput(GpioController controller, int pinNumber, PinMode mode, bool activeLow)
        {
            _activeLow = activeLow;
            _pin = controller.OpenPin(pinNumber, mode);
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
            get { return (_pin.Read() == PinValue.High) != _activeLow; }
        }
    }
}
