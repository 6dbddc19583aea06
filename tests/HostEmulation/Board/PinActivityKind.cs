// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>What happened to a pin in one <see cref="PinActivity"/> entry.</summary>
    public enum PinActivityKind
    {
        /// <summary>The firmware opened the pin.</summary>
        Opened,

        /// <summary>The firmware changed the pin mode.</summary>
        ModeChanged,

        /// <summary>The firmware wrote a value (Write or Toggle); GpioPin.Write on an input throws instead.</summary>
        Written,

        /// <summary>The firmware closed the pin (ClosePin, Dispose of the pin or of a controller).</summary>
        Closed,

        /// <summary>A test or the console changed what drives the pin from outside.</summary>
        ExternalInput,
    }
}
