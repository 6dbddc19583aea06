// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// What a <see cref="RingEvent"/> reports.
    /// </summary>
    public enum DoorbellEventKind : byte
    {
        /// <summary>Not set: an empty slot, never delivered.</summary>
        Unknown = 0,

        /// <summary>Someone rang (a press that passed the filter and the rate limit).</summary>
        Ring = 1,

        /// <summary>The motion sensor fired (rate limited).</summary>
        Motion = 2,
    }
}
