// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// Elapsed-time arithmetic on the millisecond counter of <see cref="IClock"/>, right even when the
    /// counter wraps: timers always subtract two instants and never compare them with &lt; or &gt;, so a
    /// counter passing its maximum makes no timeout fire early or never.
    /// </summary>
    public static class MonotonicTime
    {
        /// <summary>
        /// Gets the milliseconds from <paramref name="since"/> to <paramref name="now"/>, modulo 2^64.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="since">An earlier time.</param>
        /// <returns>The elapsed milliseconds (wrap-safe).</returns>
        public static long Elapsed(long now, long since)
        {
            return unchecked(now - since);
        }

        /// <summary>
        /// Gets whether at least <paramref name="durationMs"/> have passed since <paramref name="since"/>.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="since">The start of the interval.</param>
        /// <param name="durationMs">The interval length.</param>
        /// <returns><c>true</c> once the interval is over.</returns>
        public static bool HasElapsed(long now, long since, long durationMs)
        {
            return unchecked(now - since) >= durationMs;
        }

        /// <summary>
        /// Gets whether <paramref name="deadline"/> has been reached at <paramref name="now"/>.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="deadline">A time computed with <see cref="After"/>.</param>
        /// <returns><c>true</c> once now is at or past the deadline.</returns>
        public static bool IsDue(long now, long deadline)
        {
            return unchecked(now - deadline) >= 0;
        }

        /// <summary>
        /// Gets the instant <paramref name="lengthMs"/> after <paramref name="start"/>, wrapping like the counter.
        /// </summary>
        /// <param name="start">The start time.</param>
        /// <param name="lengthMs">A non-negative length.</param>
        /// <returns>The deadline.</returns>
        public static long After(long start, long lengthMs)
        {
            return unchecked(start + lengthMs);
        }

        /// <summary>
        /// Gets the milliseconds left until <paramref name="deadline"/>, or 0 once it is due.
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
        /// Limits <paramref name="value"/> to the closed range [min, max].
        /// </summary>
        /// <param name="value">The requested value.</param>
        /// <param name="min">The smallest allowed value.</param>
        /// <param name="max">The largest allowed value.</param>
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
