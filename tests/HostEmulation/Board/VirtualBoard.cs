// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Threading;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>
    /// A scriptable ESP32 board for the host emulation (host-only API). The emulated
    /// <see cref="GpioController"/> opens its pins here; tests and the virtual-device console drive inputs
    /// and observe outputs. The current board is ambient (<see cref="Current"/>) and flows with the
    /// execution context, so parallel tests each see their own board, including on threads the firmware starts.
    /// </summary>
    public sealed partial class VirtualBoard
    {
        /// <summary>The number of GPIOs of an ESP32.</summary>
        public const int Esp32PinCount = 40;

        private static readonly AsyncLocal<VirtualBoard> s_current = new AsyncLocal<VirtualBoard>();
        private static readonly Lazy<VirtualBoard> s_default = new Lazy<VirtualBoard>(() => new VirtualBoard());

        private readonly object _sync = new object();
        private readonly BoardPin[] _pins;
        private readonly List<PinActivity> _activity = new List<PinActivity>();
        private IBoardClock _clock;

        /// <summary>Creates an ESP32 board timed by a <see cref="StopwatchBoardClock"/>.</summary>
        public VirtualBoard()
            : this(new StopwatchBoardClock())
        {
        }

        /// <summary>Creates an ESP32 board timed by <paramref name="clock"/>.</summary>
        /// <param name="clock">The time source, for example a <see cref="ManualBoardClock"/>.</param>
        public VirtualBoard(IBoardClock clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _pins = new BoardPin[Esp32PinCount];
            for (int i = 0; i < _pins.Length; i++)
            {
                // ESP32: no GPIO 20, 24, 28-31; 34-39 are input only and have no internal pull resistors.
                bool exists = i != 20 && i != 24 && (i < 28 || i > 31);
                _pins[i] = new BoardPin(i, exists, i < 34, i < 34);
            }

            Network = new VirtualNetwork();
        }

        /// <summary>Raised (outside the board lock) when a firmware-driven pin changes level or enters or leaves an output mode.</summary>
        public event EventHandler<OutputChangedEventArgs> OutputChanged;

        /// <summary>Raised when the firmware calls <c>Power.RebootDevice</c>.</summary>
        public event EventHandler RebootRequested;

        /// <summary>Gets the board of the current execution context, or a process-wide default board.</summary>
        public static VirtualBoard Current => s_current.Value ?? s_default.Value;

        /// <summary>Gets or sets the time source (stamps the log, times debouncing).</summary>
        public IBoardClock Clock
        {
            get => _clock;
            set => _clock = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>Gets the board time now.</summary>
        public TimeSpan Now => _clock.Elapsed;

        /// <summary>Gets the number of GPIO numbers (what <see cref="GpioController.PinCount"/> reports).</summary>
        public int PinCount => _pins.Length;

        /// <summary>Gets the emulated Wi-Fi and SNTP state.</summary>
        public VirtualNetwork Network { get; }

        /// <summary>Gets how many times the firmware asked for a reboot.</summary>
        public int RebootCount { get; private set; }

        /// <summary>
        /// Gets or sets what a reboot does after it was recorded (for example exit the virtual-device process).
        /// Whatever it does, <c>Power.RebootDevice</c> then throws <see cref="VirtualRebootException"/>.
        /// </summary>
        public Action RebootHandler { get; set; }

        /// <summary>Gets a snapshot of the ordered activity log (opens, modes, writes, closes, external inputs).</summary>
        public IReadOnlyList<PinActivity> Activity
        {
            get
            {
                lock (_sync)
                {
                    return _activity.ToArray();
                }
            }
        }

        /// <summary>Gets a snapshot of every write the firmware made, in order, with the mode at that moment.</summary>
        public IReadOnlyList<PinActivity> Writes => ActivityOf(-1, PinActivityKind.Written);

        /// <summary>Makes <paramref name="board"/> the current board of this execution context until the scope is disposed.</summary>
        /// <param name="board">The board.</param>
        /// <returns>The scope; dispose it to restore the previous board.</returns>
        public static BoardScope Install(VirtualBoard board)
        {
            if (board == null)
            {
                throw new ArgumentNullException(nameof(board));
            }

            VirtualBoard previous = s_current.Value;
            s_current.Value = board;
            return new BoardScope(board, () => s_current.Value = previous);
        }

        /// <summary>Installs a new board with a real-time clock.</summary>
        /// <returns>The scope; its <see cref="BoardScope.Board"/> is the new board.</returns>
        public static BoardScope Install()
        {
            return Install(new VirtualBoard());
        }

        /// <summary>Gets the activity of one pin (or all pins for -1), optionally of one kind.</summary>
        /// <param name="pin">The GPIO number, or -1 for all.</param>
        /// <param name="kind">The kind to keep, or null for all.</param>
        /// <returns>The entries in order.</returns>
        public IReadOnlyList<PinActivity> ActivityOf(int pin, PinActivityKind? kind = null)
        {
            lock (_sync)
            {
                return _activity.FindAll(a => (pin < 0 || a.Pin == pin) && (kind == null || a.Kind == kind)).ToArray();
            }
        }

        /// <summary>Empties the activity log (the sequence numbers keep counting).</summary>
        public void ClearActivity()
        {
            lock (_sync)
            {
                _sequenceBase += _activity.Count;
                _activity.Clear();
            }
        }

        /// <summary>Gives a pin a name for logs and the console, such as "relay".</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="label">The name.</param>
        public void SetLabel(int pin, string label)
        {
            lock (_sync)
            {
                Pin(pin).Label = label;
            }
        }

        /// <summary>Gets the name given with <see cref="SetLabel"/>, or null.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>The label.</returns>
        public string GetLabel(int pin)
        {
            lock (_sync)
            {
                return Pin(pin).Label;
            }
        }

        /// <summary>Gets whether the firmware has the pin open.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns><c>true</c> when open.</returns>
        public bool IsOpen(int pin)
        {
            lock (_sync)
            {
                return pin >= 0 && pin < _pins.Length && _pins[pin].IsOpen;
            }
        }

        /// <summary>Gets the mode of an open pin, or null when the pin is closed.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>The mode.</returns>
        public PinMode? GetMode(int pin)
        {
            lock (_sync)
            {
                BoardPin p = Pin(pin);
                return p.IsOpen ? p.Mode : (PinMode?)null;
            }
        }

        /// <summary>Gets the electrical level of a pin right now.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>The level.</returns>
        public PinValue GetLevel(int pin)
        {
            lock (_sync)
            {
                return Pin(pin).Level;
            }
        }

        /// <summary>Gets the GPIO numbers the firmware has open, ascending.</summary>
        /// <returns>The pins.</returns>
        public int[] GetOpenPins()
        {
            lock (_sync)
            {
                return Array.ConvertAll(Array.FindAll(_pins, p => p.IsOpen), p => p.Number);
            }
        }

        /// <summary>Gets how many edges of a pin the debounce filter swallowed.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>The count.</returns>
        public int GetFilteredEdgeCount(int pin)
        {
            lock (_sync)
            {
                return Pin(pin).FilteredEdges;
            }
        }

        /// <summary>Drives a pin from outside (a switch, a sensor output), overriding its pull resistor.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="level">The level driven.</param>
        public void SetInput(int pin, PinValue level)
        {
            ChangeOutside(pin, p =>
            {
                p.ExternallyDriven = true;
                p.ExternalLevel = level;
            });
        }

        /// <summary>Stops driving a pin from outside: it returns to its pull resistor's level (Low if none).</summary>
        /// <param name="pin">The GPIO number.</param>
        public void ReleaseInput(int pin)
        {
            ChangeOutside(pin, p => p.ExternallyDriven = false);
        }

        /// <summary>Closes a contact on the pin: drives it away from its rest level (Low under a pull-up, High under a pull-down).</summary>
        /// <param name="pin">The GPIO number.</param>
        public void Press(int pin)
        {
            ChangeOutside(pin, p =>
            {
                p.ExternallyDriven = true;
                p.ExternalLevel = p.RestLevel == PinValue.High ? PinValue.Low : PinValue.High;
            });
        }

        /// <summary>Opens the contact again (same as <see cref="ReleaseInput"/>).</summary>
        /// <param name="pin">The GPIO number.</param>
        public void Release(int pin)
        {
            ReleaseInput(pin);
        }

        /// <summary>Fits (or with null removes) an external resistor to a level, as the wiring of pins 34-39 needs.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="level">The level the resistor pulls to, or null for none.</param>
        public void SetExternalPull(int pin, PinValue? level)
        {
            ChangeOutside(pin, p =>
            {
                p.HasExternalPull = level.HasValue;
                p.ExternalPull = level ?? PinValue.Low;
            });
        }

        /// <summary>Gets or sets the handlers of <c>Power.OnRebootEvent</c>, kept per board so tests stay apart.</summary>
        internal nanoFramework.Runtime.Native.RebootEventHandler PowerRebootHandlers { get; set; }

        /// <summary>Records a reboot request and runs <see cref="RebootHandler"/>; used by the host <c>Power</c>.</summary>
        internal void RequestReboot()
        {
            lock (_sync)
            {
                RebootCount++;
            }

            RebootRequested?.Invoke(this, EventArgs.Empty);
            RebootHandler?.Invoke();
        }

        private BoardPin Pin(int pin)
        {
            if (pin < 0 || pin >= _pins.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(pin), pin, "no such GPIO on this board");
            }

            return _pins[pin];
        }
    }
}
