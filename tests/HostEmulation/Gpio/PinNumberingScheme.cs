// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>How pin numbers are read; nanoFramework only honours the logical (GPIO) numbering.</summary>
    public enum PinNumberingScheme
    {
        /// <summary>The chip's GPIO numbers.</summary>
        Logical = 0,

        /// <summary>Header pin numbers of the board.</summary>
        Board = 1,
    }
}
