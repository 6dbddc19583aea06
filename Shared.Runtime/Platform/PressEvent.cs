// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// What a <see cref="PressDetector"/> saw in one poll.
    /// </summary>
    public enum PressEvent
    {
        /// <summary>Nothing new.</summary>
        None = 0,

        /// <summary>A press held for the minimum press length: a real press, reported once.</summary>
        Pressed = 1,

        /// <summary>The same press is still held after the long-press length, reported once.</summary>
        LongPress = 2,

        /// <summary>The press ended (the contact stayed open for the debounce time).</summary>
        Released = 3,
    }
}
