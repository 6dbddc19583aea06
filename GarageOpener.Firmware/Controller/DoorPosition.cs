// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// What the two limit switches say together, after debouncing.
    /// </summary>
    public enum DoorPosition : byte
    {
        /// <summary>A required input has not settled yet.</summary>
        Unknown = 0,

        /// <summary>Only the closed limit is active.</summary>
        AtClosed = 1,

        /// <summary>Only the open limit is active.</summary>
        AtOpen = 2,

        /// <summary>Neither limit is active.</summary>
        Between = 3,

        /// <summary>Both limits are active at once: a wiring or sensor fault.</summary>
        Conflict = 4,
    }
}
