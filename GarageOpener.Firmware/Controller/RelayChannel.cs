// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Which relay a pulse goes to. A toggle-only opener uses <see cref="Primary"/> for everything.
    /// </summary>
    public enum RelayChannel : byte
    {
        /// <summary>The wall-button relay (toggle-only) or the open relay (separate buttons).</summary>
        Primary = 0,

        /// <summary>The close relay (separate buttons only).</summary>
        Close = 1,

        /// <summary>The stop relay (separate buttons only).</summary>
        Stop = 2,
    }
}
