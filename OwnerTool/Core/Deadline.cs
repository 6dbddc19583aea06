// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;

namespace OwnerTool.Core
{
    /// <summary>A point in time on the monotonic clock that an operation must finish by.</summary>
    public readonly struct Deadline
    {
        private readonly long _endTicks;

        private Deadline(long endTicks)
        {
            _endTicks = endTicks;
        }

        /// <summary>Gets a deadline that never passes (watch without --for).</summary>
        public static Deadline Never => new Deadline(long.MaxValue);

        /// <summary>Gets the time left (zero when passed).</summary>
        public TimeSpan Remaining => TimeSpan.FromMilliseconds(RemainingMilliseconds);

        /// <summary>Gets the milliseconds left (0 when passed; -1, wait forever, for <see cref="Never"/>).</summary>
        public int RemainingMilliseconds
        {
            get
            {
                if (_endTicks == long.MaxValue)
                {
                    return -1;
                }

                long left = (_endTicks - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
                return left <= 0 ? 0 : (int)Math.Min(left, int.MaxValue);
            }
        }

        /// <summary>Gets a value indicating whether the deadline passed.</summary>
        public bool HasPassed => RemainingMilliseconds == 0;

        /// <summary>Creates a deadline from now.</summary>
        /// <param name="after">Time allowed.</param>
        /// <returns>The deadline.</returns>
        public static Deadline After(TimeSpan after) =>
            new Deadline(Stopwatch.GetTimestamp() + (long)(after.TotalSeconds * Stopwatch.Frequency));
    }
}
