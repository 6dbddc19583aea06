// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;

namespace EndToEnd.Tests.Support
{
    /// <summary>One level change of a firmware-driven pin, in the order the board saw it.</summary>
    public sealed class PinChange
    {
        /// <summary>Creates the entry.</summary>
        /// <param name="order">Position among all changes of the board.</param>
        /// <param name="time">Board time.</param>
        /// <param name="pin">GPIO number.</param>
        /// <param name="level">The new level.</param>
        public PinChange(int order, TimeSpan time, int pin, PinValue level)
        {
            Order = order;
            Time = time;
            Pin = pin;
            Level = level;
        }

        /// <summary>Gets the position among all changes of the board.</summary>
        public int Order { get; }

        /// <summary>Gets the board time of the change.</summary>
        public TimeSpan Time { get; }

        /// <summary>Gets the GPIO number.</summary>
        public int Pin { get; }

        /// <summary>Gets the new level.</summary>
        public PinValue Level { get; }

        /// <summary>Gets whether the pin went high.</summary>
        public bool IsRise => Level == PinValue.High;
    }
}
