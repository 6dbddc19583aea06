// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>
    /// The pin operations behind the emulated GpioController and GpioPin. Every change runs under the board
    /// lock; the events it causes (pin edges, <see cref="OutputChanged"/>) are raised after the lock is released,
    /// synchronously on the calling thread, so a test sees the firmware's reaction when its call returns.
    /// </summary>
    public sealed partial class VirtualBoard
    {
        private long _sequenceBase;

        internal void OpenPin(int pin, GpioPin owner)
        {
            lock (_sync)
            {
                if (pin < 0 || pin >= _pins.Length || !_pins[pin].Exists)
                {
                    throw new ArgumentException("GPIO " + pin + " does not exist on this board", nameof(pin));
                }

                BoardPin p = _pins[pin];
                if (p.IsOpen)
                {
                    throw new InvalidOperationException("GPIO " + pin + " is already open");
                }

                p.IsOpen = true;
                p.Owner = owner;
                p.Mode = PinMode.Input;
                p.Latch = PinValue.Low;
                p.Debounce = TimeSpan.Zero;
                p.HasAcceptedEdge = false;
                p.ControllerCallback = null;
                p.ControllerEvents = PinEventTypes.None;
                p.LastInputLevel = p.Level;
                Log(p, PinActivityKind.Opened, p.Level);
            }
        }

        internal void ClosePin(int pin)
        {
            Change(pin, PinActivityKind.Closed, p =>
            {
                p.IsOpen = false;
                p.Owner = null;
                p.ControllerCallback = null;
                p.ControllerEvents = PinEventTypes.None;
                return p.Level;
            });
        }

        internal void SetMode(int pin, PinMode mode)
        {
            Change(pin, PinActivityKind.ModeChanged, p =>
            {
                if (!p.Supports(mode))
                {
                    throw new ArgumentException("GPIO " + pin + " does not support mode " + mode, nameof(mode));
                }

                // As nanoFramework's native SetPinMode does (it enables an output with its initial state Low),
                // entering an output mode drives Low: there is no latch a write on an input could have set.
                if (BoardPin.IsOutputMode(mode))
                {
                    p.Latch = PinValue.Low;
                }

                p.Mode = mode;
                return p.Level;
            });
        }

        internal void Write(int pin, PinValue value)
        {
            Change(pin, PinActivityKind.Written, p =>
            {
                // nanoFramework's GpioPin.Write fails with CLR_E_INVALID_PARAMETER (ArgumentException) unless the
                // pin is in an output mode; a firmware that writes before SetPinMode(Output) crashes at boot.
                if (!p.IsOutput)
                {
                    throw new ArgumentException("GPIO " + pin + " is not an output (mode " + p.Mode
                        + "): nanoFramework refuses GpioPin.Write on an input", nameof(pin));
                }

                p.Latch = value;
                return value;
            });
        }

        internal void WriteThroughController(int pin, PinValue value)
        {
            Change(pin, PinActivityKind.Written, p =>
            {
                // GpioController.Write only checks that the pin is open and sets the pad state without looking at
                // the mode (the ESP32 port does so); on an input that state shows once the pin is an output, until
                // SetPinMode drives Low again.
                p.Latch = value;
                return value;
            });
        }

        internal void Toggle(int pin)
        {
            Change(pin, PinActivityKind.Written, p =>
            {
                // Toggle acts on outputs only; on an input it leaves the latch alone.
                if (p.IsOutput)
                {
                    p.Latch = p.Latch == PinValue.High ? PinValue.Low : PinValue.High;
                }

                return p.Latch;
            });
        }

        internal PinValue Read(int pin)
        {
            lock (_sync)
            {
                return OpenPinOf(pin).Level;
            }
        }

        internal PinMode ModeOf(int pin)
        {
            lock (_sync)
            {
                return OpenPinOf(pin).Mode;
            }
        }

        internal bool IsModeSupported(int pin, PinMode mode)
        {
            lock (_sync)
            {
                return pin >= 0 && pin < _pins.Length && _pins[pin].Supports(mode);
            }
        }

        internal void SetDebounce(int pin, TimeSpan timeout)
        {
            lock (_sync)
            {
                OpenPinOf(pin).Debounce = timeout;
            }
        }

        internal GpioPin OwnerOf(int pin)
        {
            lock (_sync)
            {
                return OpenPinOf(pin).Owner;
            }
        }

        internal void SetControllerCallback(int pin, PinEventTypes events, PinChangeEventHandler callback)
        {
            lock (_sync)
            {
                BoardPin p = OpenPinOf(pin);
                p.ControllerEvents = events;
                p.ControllerCallback = callback;
            }
        }

        internal bool TryGetControllerCallback(int pin, out PinEventTypes events, out PinChangeEventHandler callback)
        {
            lock (_sync)
            {
                events = PinEventTypes.None;
                callback = null;
                if (pin < 0 || pin >= _pins.Length || !_pins[pin].IsOpen)
                {
                    return false;
                }

                events = _pins[pin].ControllerEvents;
                callback = _pins[pin].ControllerCallback;
                return callback != null;
            }
        }

        private void ChangeOutside(int pin, Action<BoardPin> change)
        {
            List<Action> after = new List<Action>();
            lock (_sync)
            {
                BoardPin p = Pin(pin);
                Apply(p, PinActivityKind.ExternalInput, q =>
                {
                    change(q);
                    return q.Level;
                }, after);
            }

            Raise(after);
        }

        private void Change(int pin, PinActivityKind kind, Func<BoardPin, PinValue> change)
        {
            List<Action> after = new List<Action>();
            lock (_sync)
            {
                Apply(OpenPinOf(pin), kind, change, after);
            }

            Raise(after);
        }

        // Applies one change, logs it, and queues the events it causes.
        private void Apply(BoardPin p, PinActivityKind kind, Func<BoardPin, PinValue> change, List<Action> after)
        {
            bool wasOutput = p.IsOutput;
            PinValue oldLevel = p.Level;
            PinValue logged = change(p);
            bool isOutput = p.IsOutput;
            PinValue newLevel = p.Level;
            TimeSpan now = Now;
            Log(p, kind, logged);

            if ((isOutput && (newLevel != oldLevel || !wasOutput)) || (wasOutput && !isOutput))
            {
                OutputChangedEventArgs args = new OutputChangedEventArgs(now, p.Number, p.Label, p.Mode, oldLevel, newLevel);
                after.Add(() => OutputChanged?.Invoke(this, args));
            }

            GpioPin owner = p.Owner;
            if (!p.IsOpen || owner == null)
            {
                return;
            }

            if (isOutput)
            {
                // As documented upstream, a write that changes an output raises ValueChanged too.
                if (wasOutput && newLevel != oldLevel)
                {
                    PinEventTypes edge = EdgeOf(newLevel);
                    after.Add(() => owner.OnBoardEdge(edge));
                }

                p.LastInputLevel = newLevel;
                return;
            }

            if (kind != PinActivityKind.ExternalInput || newLevel == p.LastInputLevel)
            {
                // Mode changes set the baseline for edge detection without raising an edge.
                p.LastInputLevel = newLevel;
                return;
            }

            p.LastInputLevel = newLevel;
            if (p.Debounce > TimeSpan.Zero && p.HasAcceptedEdge && now - p.LastAcceptedEdge < p.Debounce)
            {
                // Within the debounce timeout after the previous accepted edge: filtered, as contact bounce is.
                p.FilteredEdges++;
                return;
            }

            p.HasAcceptedEdge = true;
            p.LastAcceptedEdge = now;
            PinEventTypes inputEdge = EdgeOf(newLevel);
            after.Add(() => owner.OnBoardEdge(inputEdge));
        }

        private static PinEventTypes EdgeOf(PinValue newLevel)
        {
            return newLevel == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
        }

        private static void Raise(List<Action> after)
        {
            for (int i = 0; i < after.Count; i++)
            {
                after[i]();
            }
        }

        private void Log(BoardPin p, PinActivityKind kind, PinValue value)
        {
            _activity.Add(new PinActivity(_sequenceBase + _activity.Count, Now, p.Number, kind, p.Mode, value, p.Level));
        }

        private BoardPin OpenPinOf(int pin)
        {
            if (pin < 0 || pin >= _pins.Length || !_pins[pin].IsOpen)
            {
                throw new InvalidOperationException("GPIO " + pin + " is not open");
            }

            return _pins[pin];
        }
    }
}
