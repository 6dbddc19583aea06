// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>The edges a pin event can report; a flags enum as in nanoFramework.</summary>
    [Flags]
    public enum PinEventTypes
    {
        /// <summary>No edge.</summary>
        None = 0,

        /// <summary>Low to high.</summary>
        Rising = 1,

        /// <summary>High to low.</summary>
        Falling = 2,
    }
}
