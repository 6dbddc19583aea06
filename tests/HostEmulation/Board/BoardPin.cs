// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>
    /// The electrical state of one pad of the virtual board: what the firmware configured (mode, output latch)
    /// and what the outside world does to it (a driven level, an external resistor). Guarded by the board lock.
    /// </summary>
    internal sealed class BoardPin
    {
        public BoardPin(int number, bool exists, bool outputCapable, bool internalPulls)
        {
            Number = number;
            Exists = exists;
            OutputCapable = outputCapable;
            InternalPulls = internalPulls;
            Mode = PinMode.Input;
            Latch = PinValue.Low;
        }

        public int Number { get; }

        /// <summary>Gets whether the chip has this GPIO at all (the ESP32 lacks 20, 24 and 28-31).</summary>
        public bool Exists { get; }

        /// <summary>Gets whether output modes are possible (the ESP32's 34-39 are input only).</summary>
        public bool OutputCapable { get; }

        /// <summary>Gets whether the pull modes really connect a resistor (not on the ESP32's 34-39).</summary>
        public bool InternalPulls { get; }

        public bool IsOpen { get; set; }

        public PinMode Mode { get; set; }

        /// <summary>The output state: what an output mode drives (entering an output mode resets it to Low).</summary>
        public PinValue Latch { get; set; }

        public bool ExternallyDriven { get; set; }

        public PinValue ExternalLevel { get; set; }

        public bool HasExternalPull { get; set; }

        public PinValue ExternalPull { get; set; }

        public GpioPin Owner { get; set; }

        public TimeSpan Debounce { get; set; }

        public bool HasAcceptedEdge { get; set; }

        public TimeSpan LastAcceptedEdge { get; set; }

        /// <summary>The input level last seen by edge detection.</summary>
        public PinValue LastInputLevel { get; set; }

        public int FilteredEdges { get; set; }

        public string Label { get; set; }

        // The controller's callback registry lives with the pin, so it is shared by every controller of the
        // board, exactly like the static registry of nanoFramework's GpioController.
        public PinChangeEventHandler ControllerCallback { get; set; }

        public PinEventTypes ControllerEvents { get; set; }

        public bool IsOutput => IsOpen && IsOutputMode(Mode);

        /// <summary>Gets the level on the pad right now.</summary>
        public PinValue Level
        {
            get
            {
                if (IsOpen)
                {
                    switch (Mode)
                    {
                        case PinMode.Output:
                            return Latch;
                        case PinMode.OutputOpenDrain:
                        case PinMode.OutputOpenDrainPullUp:
                            // Open drain only sinks: a high latch lets the line float to whatever pulls it.
                            return Latch == PinValue.Low ? PinValue.Low : Undriven(Mode == PinMode.OutputOpenDrainPullUp, false);
                        case PinMode.OutputOpenSource:
                        case PinMode.OutputOpenSourcePullDown:
                            return Latch == PinValue.High ? PinValue.High : Undriven(false, Mode == PinMode.OutputOpenSourcePullDown);
                        case PinMode.InputPullUp:
                            return Undriven(true, false);
                        case PinMode.InputPullDown:
                            return Undriven(false, true);
                    }
                }

                return Undriven(false, false);
            }
        }

        /// <summary>Gets the level the pad rests at when nothing outside drives it.</summary>
        public PinValue RestLevel
        {
            get
            {
                bool pullUp = IsOpen && (Mode == PinMode.InputPullUp || Mode == PinMode.OutputOpenDrainPullUp);
                bool pullDown = IsOpen && (Mode == PinMode.InputPullDown || Mode == PinMode.OutputOpenSourcePullDown);
                return Resistor(pullUp, pullDown);
            }
        }

        public static bool IsOutputMode(PinMode mode)
        {
            return mode >= PinMode.Output;
        }

        public bool Supports(PinMode mode)
        {
            if (!Exists || mode < PinMode.Input || mode > PinMode.OutputOpenSourcePullDown)
            {
                return false;
            }

            return OutputCapable || !IsOutputMode(mode);
        }

        private PinValue Undriven(bool pullUp, bool pullDown)
        {
            if (ExternallyDriven)
            {
                return ExternalLevel;
            }

            return Resistor(pullUp, pullDown);
        }

        private PinValue Resistor(bool pullUp, bool pullDown)
        {
            if (InternalPulls && pullUp)
            {
                return PinValue.High;
            }

            if (InternalPulls && pullDown)
            {
                return PinValue.Low;
            }

            // A floating pad with no resistor at all reads Low here, so tests stay deterministic.
            return HasExternalPull ? ExternalPull : PinValue.Low;
        }
    }
}
