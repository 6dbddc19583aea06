// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>Real elapsed time since the clock was created: the default for virtual devices.</summary>
    public sealed class StopwatchBoardClock : IBoardClock
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

        /// <inheritdoc />
        public TimeSpan Elapsed => _stopwatch.Elapsed;
    }
}
