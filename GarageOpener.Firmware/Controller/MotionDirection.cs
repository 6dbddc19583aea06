// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Which way the door moves (or is expected to move).
    /// </summary>
    public enum MotionDirection : byte
    {
        /// <summary>Not moving, or not known.</summary>
        None = 0,

        /// <summary>Towards the open limit.</summary>
        Up = 1,

        /// <summary>Towards the closed limit.</summary>
        Down = 2,
    }
}
