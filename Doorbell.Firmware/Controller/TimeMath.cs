// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Elapsed-time arithmetic on millisecond counters that stays right when the counter wraps:
    /// always subtract, never compare two instants with &lt; or &gt;.
    /// </summary>
    public static class TimeMath
    {
        /// <summary>
        /// Milliseconds from <paramref name="since"/> to <paramref name="now"/>, modulo 2^64.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="since">An earlier time.</param>
        /// <returns>The elapsed milliseconds.</returns>
        public static long Elapsed(long now, long since)
        {
            return unchecked(now - since);
        }

        /// <summary>
        /// Whether <paramref name="deadline"/> has been reached at <paramref name="now"/>.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="deadline">A time computed as start + length.</param>
        /// <returns><c>true</c> once now is at or past the deadline.</returns>
        public static bool IsDue(long now, long deadline)
        {
            return unchecked(now - deadline) >= 0;
        }

        /// <summary>
        /// The instant <paramref name="lengthMs"/> after <paramref name="start"/>, wrapping like the counter.
        /// </summary>
        /// <param name="start">The start time.</param>
        /// <param name="lengthMs">A non-negative length.</param>
        /// <returns>The deadline.</returns>
        public static long After(long start, long lengthMs)
        {
            return unchecked(start + lengthMs);
        }

        /// <summary>
        /// Milliseconds left until <paramref name="deadline"/>, or 0 once it is due.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="deadline">The deadline.</param>
        /// <returns>The remaining milliseconds, never negative.</returns>
        public static long Remaining(long now, long deadline)
        {
            long left = unchecked(deadline - now);
            return left > 0 ? left : 0;
        }

        /// <summary>
        /// Clamps <paramref name="value"/> into [min, max].
        /// </summary>
        /// <param name="value">The value.</param>
        /// <param name="min">The lower bound.</param>
        /// <param name="max">The upper bound.</param>
        /// <returns>The clamped value.</returns>
        public static int Clamp(int value, int min, int max)
        {
            if (value < min)
            {
                return min;
            }

            return value > max ? max : value;
        }
    }
}
