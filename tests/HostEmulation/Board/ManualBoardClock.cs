// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>Virtual time for tests: it only moves when <see cref="Advance"/> is called.</summary>
    public sealed class ManualBoardClock : IBoardClock
    {
        private long _ticks;

        /// <summary>Creates a clock at <paramref name="start"/> (zero by default).</summary>
        /// <param name="start">The initial elapsed time.</param>
        public ManualBoardClock(TimeSpan start = default)
        {
            _ticks = start.Ticks;
        }

        /// <inheritdoc />
        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        /// <summary>Moves time forward.</summary>
        /// <param name="delta">How far; negative values are refused because board time never goes back.</param>
        public void Advance(TimeSpan delta)
        {
            if (delta < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(delta), "board time never goes backwards");
            }

            Interlocked.Add(ref _ticks, delta.Ticks);
        }

        /// <summary>Moves time forward by <paramref name="milliseconds"/>.</summary>
        /// <param name="milliseconds">How far, in milliseconds.</param>
        public void AdvanceMilliseconds(int milliseconds)
        {
            Advance(TimeSpan.FromMilliseconds(milliseconds));
        }
    }
}
