// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>The time source of a <see cref="VirtualBoard"/>: stamps the activity log and times debouncing.</summary>
    public interface IBoardClock
    {
        /// <summary>Gets the time since the board powered on. Never goes backwards.</summary>
        TimeSpan Elapsed { get; }
    }
}
