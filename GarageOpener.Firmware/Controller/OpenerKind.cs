// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// How the opener's wall-button terminals behave.
    /// </summary>
    public enum OpenerKind : byte
    {
        /// <summary>One button that cycles open, stop, close, stop (most residential openers).</summary>
        ToggleOnly = 0,

        /// <summary>Separate open, close and stop inputs, each wired to its own relay.</summary>
        SeparateButtons = 1,
    }
}
