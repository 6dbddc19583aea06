// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>One entry of a board's ordered activity log.</summary>
    /// <param name="Sequence">Position in the log (0 first); orders entries with equal times.</param>
    /// <param name="Time">Board time of the entry.</param>
    /// <param name="Pin">The GPIO number.</param>
    /// <param name="Kind">What happened.</param>
    /// <param name="Mode">The pin mode after the entry (the last mode for a closed pin).</param>
    /// <param name="Value">The value written (for <see cref="PinActivityKind.Written"/>), else the pin level.</param>
    /// <param name="Level">The electrical level of the pin after the entry.</param>
    public sealed record PinActivity(long Sequence, TimeSpan Time, int Pin, PinActivityKind Kind, PinMode Mode, PinValue Value, PinValue Level)
    {
        /// <summary>Gets whether the pin was in an output mode after this entry.</summary>
        public bool IsOutput => BoardPin.IsOutputMode(Mode);
    }
}
