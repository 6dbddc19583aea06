// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Where a toggle-only opener is in its button cycle: what the motor did after the last press.
    /// </summary>
    public enum TogglePhase : byte
    {
        /// <summary>Not known (boot between the limits): the next press could go either way.</summary>
        Unknown = 0,

        /// <summary>Running towards the open limit.</summary>
        MovingUp = 1,

        /// <summary>At rest after moving up (at the open limit or stopped part-way).</summary>
        StoppedAfterUp = 2,

        /// <summary>Running towards the closed limit.</summary>
        MovingDown = 3,

        /// <summary>At rest after moving down (at the closed limit or stopped part-way).</summary>
        StoppedAfterDown = 4,
    }
}
