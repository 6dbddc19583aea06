// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Board;

namespace System.Device.Gpio
{
    /// <summary>
    /// One open GPIO, with nanoFramework 1.x's members, over a pin of a <see cref="VirtualBoard"/>.
    /// Every member of a disposed pin throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public sealed class GpioPin : IDisposable
    {
        private readonly object _sync = new object();
        private readonly VirtualBoard _board;
        private readonly int _pinNumber;
        private TimeSpan _debounceTimeout = TimeSpan.Zero;
        private PinValueChangedEventHandler _callbacks;
        private bool _disposed;

        internal GpioPin(VirtualBoard board, int pinNumber)
        {
            _board = board;
            _pinNumber = pinNumber;
        }

        /// <summary>Raised on each edge of an input, and when a write changes an output.</summary>
        public event PinValueChangedEventHandler ValueChanged
        {
            add
            {
                lock (_sync)
                {
                    ThrowIfDisposed();
                    _callbacks = (PinValueChangedEventHandler)Delegate.Combine(_callbacks, value);
                }
            }

            remove
            {
                lock (_sync)
                {
                    ThrowIfDisposed();
                    _callbacks = (PinValueChangedEventHandler)Delegate.Remove(_callbacks, value);
                }
            }
        }

        /// <summary>
        /// Gets or sets the debounce timeout: an input edge that comes sooner than this after the previous
        /// accepted edge raises no event.
        /// </summary>
        public TimeSpan DebounceTimeout
        {
            get => _debounceTimeout;

            set
            {
                ThrowIfDisposed();
                _debounceTimeout = value;
                _board.SetDebounce(_pinNumber, value);
            }
        }

        /// <summary>Gets the GPIO number.</summary>
        public int PinNumber => _pinNumber;

        /// <summary>Gets the pin mode.</summary>
        /// <returns>The mode.</returns>
        public PinMode GetPinMode()
        {
            ThrowIfDisposed();
            return _board.ModeOf(_pinNumber);
        }

        /// <summary>Gets whether the pin supports <paramref name="pinMode"/>.</summary>
        /// <param name="pinMode">The mode.</param>
        /// <returns><c>true</c> when supported.</returns>
        public bool IsPinModeSupported(PinMode pinMode)
        {
            ThrowIfDisposed();
            return _board.IsModeSupported(_pinNumber, pinMode);
        }

        /// <summary>Sets the pin mode; entering an output mode drives Low first, as the device does.</summary>
        /// <param name="value">The mode.</param>
        /// <exception cref="ArgumentException">The pin does not support the mode.</exception>
        public void SetPinMode(PinMode value)
        {
            ThrowIfDisposed();
            _board.SetMode(_pinNumber, value);
        }

        /// <summary>Reads the level: the pad for an input, the last written value for an output.</summary>
        /// <returns>The level.</returns>
        public PinValue Read()
        {
            ThrowIfDisposed();
            return _board.Read(_pinNumber);
        }

        /// <summary>Drives an output.</summary>
        /// <param name="value">The level.</param>
        /// <exception cref="ArgumentException">The pin is not in an output mode (nanoFramework's native check).</exception>
        public void Write(PinValue value)
        {
            ThrowIfDisposed();
            _board.Write(_pinNumber, value);
        }

        /// <summary>Inverts an output; does nothing on an input.</summary>
        public void Toggle()
        {
            ThrowIfDisposed();
            _board.Toggle(_pinNumber);
        }

        /// <summary>Closes the pin; it can be opened again afterwards.</summary>
        public void Dispose()
        {
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                _callbacks = null;
            }

            if (_board.IsOpen(_pinNumber) && ReferenceEquals(_board.OwnerOf(_pinNumber), this))
            {
                _board.ClosePin(_pinNumber);
            }
        }

        /// <summary>Called by the board, outside its lock, for an edge on this pin.</summary>
        /// <param name="edge">Rising or Falling.</param>
        internal void OnBoardEdge(PinEventTypes edge)
        {
            PinValueChangedEventHandler callbacks;
            lock (_sync)
            {
                callbacks = _disposed ? null : _callbacks;
            }

            callbacks?.Invoke(this, new PinValueChangedEventArgs(edge, _pinNumber));
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(GpioPin));
            }
        }
    }
}
