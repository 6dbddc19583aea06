// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// A debounced input level. <see cref="Unknown"/> until the raw level has been stable once.
    /// </summary>
    public enum InputLevel : byte
    {
        /// <summary>Not stable yet (boot), so it must not be trusted.</summary>
        Unknown = 0,

        /// <summary>Stable and inactive.</summary>
        Inactive = 1,

        /// <summary>Stable and active.</summary>
        Active = 2,
    }
}
