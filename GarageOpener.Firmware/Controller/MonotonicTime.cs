// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Elapsed-time arithmetic on a millisecond counter that may wrap. Every timer in the controller
    /// compares differences, never absolute values, so a counter passing its maximum does not make a
    /// timeout fire early or never.
    /// </summary>
    public static class MonotonicTime
    {
        /// <summary>
        /// Gets the milliseconds from <paramref name="since"/> to <paramref name="now"/>.
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
