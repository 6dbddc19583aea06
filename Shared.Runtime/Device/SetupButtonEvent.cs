// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>
    /// What a <see cref="SetupButton"/> gesture completed in one poll.
    /// </summary>
    public enum SetupButtonEvent
    {
        /// <summary>Nothing new.</summary>
        None = 0,

        /// <summary>A press released before the short-press limit (the garage's local reset).</summary>
        ShortPress = 1,

        /// <summary>A press held for the long-press time, reported once while still held: open pairing.</summary>
        LongPress = 2,

        /// <summary>The button was held through boot for the whole reset hold: wipe the device.</summary>
        FactoryReset = 3,
    }
}
