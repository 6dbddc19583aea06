// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>A pin driven by the firmware changed level, or entered or left an output mode.</summary>
    public sealed class OutputChangedEventArgs : EventArgs
    {
        /// <summary>Creates the arguments.</summary>
        /// <param name="time">Board time of the change.</param>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="label">The pin's label, or null.</param>
        /// <param name="mode">The pin mode after the change.</param>
        /// <param name="oldLevel">The level before.</param>
        /// <param name="newLevel">The level after.</param>
        public OutputChangedEventArgs(TimeSpan time, int pin, string label, PinMode mode, PinValue oldLevel, PinValue newLevel)
        {
            Time = time;
            Pin = pin;
            Label = label;
            Mode = mode;
            OldLevel = oldLevel;
            NewLevel = newLevel;
        }

        /// <summary>Gets the board time of the change.</summary>
        public TimeSpan Time { get; }

        /// <summary>Gets the GPIO number.</summary>
        public int Pin { get; }

        /// <summary>Gets the label given with <see cref="VirtualBoard.SetLabel"/>, or null.</summary>
        public string Label { get; }

        /// <summary>Gets the pin mode after the change.</summary>
        public PinMode Mode { get; }

        /// <summary>Gets the level before the change.</summary>
        public PinValue OldLevel { get; }

        /// <summary>Gets the level after the change.</summary>
        public PinValue NewLevel { get; }
    }
}
