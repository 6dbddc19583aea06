// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Board;

namespace System.Device.Gpio
{
    /// <summary>
    /// nanoFramework 1.x's GPIO controller over the <see cref="VirtualBoard"/> that was current when it was
    /// created. As on the device, the registry of open pins and their callbacks is shared by every controller
    /// (here: of the same board), so opening an open pin throws whichever controller opened it.
    /// </summary>
    public sealed class GpioController : IDisposable
    {
        private readonly VirtualBoard _board;
        private bool _disposed;

        /// <summary>Creates a controller with logical (GPIO) pin numbers.</summary>
        public GpioController()
        {
            _board = VirtualBoard.Current;
        }

        /// <summary>Creates a controller with the given numbering scheme (nanoFramework ignores it).</summary>
        /// <param name="numberingScheme">The numbering scheme.</param>
        public GpioController(PinNumberingScheme numberingScheme)
            : this()
        {
            NumberingScheme = numberingScheme;
        }

        /// <summary>Gets the numbering scheme.</summary>
        public PinNumberingScheme NumberingScheme { get; internal set; }

        /// <summary>Gets the number of GPIOs of the chip.</summary>
        public int PinCount => _board.PinCount;

        /// <summary>Opens a pin as an input.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <returns>The pin.</returns>
        /// <exception cref="InvalidOperationException">The pin is already open.</exception>
        public GpioPin OpenPin(int pinNumber)
        {
            GpioPin pin = new GpioPin(_board, pinNumber);
            _board.OpenPin(pinNumber, pin);
            return pin;
        }

        /// <summary>Opens a pin and sets its mode.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="mode">The mode.</param>
        /// <returns>The pin.</returns>
        /// <exception cref="InvalidOperationException">The pin is already open.</exception>
        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            GpioPin pin = OpenPin(pinNumber);
            pin.SetPinMode(mode);
            return pin;
        }

        /// <summary>Closes an open pin.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <exception cref="InvalidOperationException">The pin is not open.</exception>
        public void ClosePin(int pinNumber)
        {
            _board.OwnerOf(pinNumber).Dispose();
        }

        /// <summary>Gets whether a pin is open.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <returns><c>true</c> when open.</returns>
        public bool IsPinOpen(int pinNumber)
        {
            return _board.IsOpen(pinNumber);
        }

        /// <summary>Gets whether a pin supports a mode.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="mode">The mode.</param>
        /// <returns><c>true</c> when supported.</returns>
        public bool IsPinModeSupported(int pinNumber, PinMode mode)
        {
            return _board.IsModeSupported(pinNumber, mode);
        }

        /// <summary>Gets the mode of an open pin.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <returns>The mode.</returns>
        /// <exception cref="InvalidOperationException">The pin is not open.</exception>
        public PinMode GetPinMode(int pinNumber)
        {
            return _board.ModeOf(pinNumber);
        }

        /// <summary>Sets the mode of an open pin.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="mode">The mode.</param>
        public void SetPinMode(int pinNumber, PinMode mode)
        {
            _board.SetMode(pinNumber, mode);
        }

        /// <summary>Reads an open pin.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <returns>The level.</returns>
        public PinValue Read(int pinNumber)
        {
            return _board.Read(pinNumber);
        }

        /// <summary>
        /// Writes an open pin. Unlike <see cref="GpioPin.Write"/> the controller does not check the mode (as on
        /// the ESP32 port): on an input nothing is driven.
        /// </summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="value">The level.</param>
        /// <exception cref="InvalidOperationException">The pin is not open.</exception>
        public void Write(int pinNumber, PinValue value)
        {
            _board.WriteThroughController(pinNumber, value);
        }

        /// <summary>
        /// Sets the one callback of a pin for the given edges, replacing the previous one. As on the device,
        /// registering again without unregistering makes each edge call the callback once per registration.
        /// </summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="eventTypes">Rising, Falling or both.</param>
        /// <param name="callback">The callback; its sender is this controller.</param>
        /// <exception cref="InvalidOperationException">The pin is not open.</exception>
        public void RegisterCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
        {
            GpioPin pin = _board.OwnerOf(pinNumber);
            _board.SetControllerCallback(pinNumber, eventTypes, callback);
            pin.ValueChanged += OnPinValueChanged;
        }

        /// <summary>Removes the callback of a pin; does nothing when the pin is not open.</summary>
        /// <param name="pinNumber">The GPIO number.</param>
        /// <param name="callback">The callback (the pin has only one).</param>
        public void UnregisterCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
        {
            if (!_board.IsOpen(pinNumber))
            {
                return;
            }

            _board.SetControllerCallback(pinNumber, PinEventTypes.None, null);
            _board.OwnerOf(pinNumber).ValueChanged -= OnPinValueChanged;
        }

        /// <summary>Closes every open pin of the board, as nanoFramework's controller does with its static registry.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            int[] open = _board.GetOpenPins();
            for (int i = 0; i < open.Length; i++)
            {
                if (_board.IsOpen(open[i]))
                {
                    _board.OwnerOf(open[i]).Dispose();
                }
            }
        }

        private void OnPinValueChanged(object sender, PinValueChangedEventArgs e)
        {
            if (!_board.TryGetControllerCallback(e.PinNumber, out PinEventTypes events, out PinChangeEventHandler callback))
            {
                return;
            }

            // One call per edge kind that is both registered and reported, Falling first as upstream does.
            if ((events & PinEventTypes.Falling) != 0 && (e.ChangeType & PinEventTypes.Falling) != 0)
            {
                callback(this, new PinValueChangedEventArgs(PinEventTypes.Falling, e.PinNumber));
            }

            if ((events & PinEventTypes.Rising) != 0 && (e.ChangeType & PinEventTypes.Rising) != 0)
            {
                callback(this, new PinValueChangedEventArgs(PinEventTypes.Rising, e.PinNumber));
            }
        }
    }
}
