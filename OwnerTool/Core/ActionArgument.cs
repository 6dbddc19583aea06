// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>How an action's single command-line value is encoded into the command's argument block.</summary>
    public enum ActionArgument
    {
        /// <summary>No argument.</summary>
        None,

        /// <summary>Minutes, 1-1440, as a 2-byte big-endian number.</summary>
        Minutes,

        /// <summary>Seconds, 1-10, as one byte.</summary>
        Seconds,

        /// <summary>"on" or "off", as one byte 1 or 0.</summary>
        OnOff,
    }
}
