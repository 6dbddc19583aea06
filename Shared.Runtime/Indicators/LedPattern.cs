// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Indicators
{
    /// <summary>
    /// A status LED pattern as data: alternating on and off times in milliseconds, starting on, either
    /// repeated or played once (then off). The level is a pure function of the time since the pattern
    /// started, so it is easy to test and cannot drift.
    /// </summary>
    public sealed class LedPattern
    {
        private readonly int[] _steps;
        private readonly bool _repeat;
        private readonly long _period;

        /// <summary>
        /// Creates a pattern.
        /// </summary>
        /// <param name="steps">On, off, on, ... times in milliseconds (each at least 1).</param>
        /// <param name="repeat"><c>true</c> to loop; <c>false</c> to stay off after the last step.</param>
        public LedPattern(int[] steps, bool repeat)
        {
            _steps = new int[steps.Length];
            long period = 0;
            for (int i = 0; i < steps.Length; i++)
            {
                _steps[i] = steps[i] < 1 ? 1 : steps[i];
                period += _steps[i];
            }

            _repeat = repeat;
            _period = period;
        }

        /// <summary>
        /// Gets the length of one pass through the pattern in milliseconds.
        /// </summary>
        public long PeriodMs
        {
            get { return _period; }
        }

        /// <summary>
        /// Gets whether the pattern loops.
        /// </summary>
        public bool Repeats
        {
            get { return _repeat; }
        }

        /// <summary>
        /// Whether the LED is lit <paramref name="elapsedMs"/> after the pattern started.
        /// </summary>
        /// <param name="elapsedMs">Milliseconds since the start (negative counts as 0).</param>
        /// <returns><c>true</c> when lit.</returns>
        public bool IsOnAt(long elapsedMs)
        {
            if (_period == 0)
            {
                return false;
            }

            long t = elapsedMs < 0 ? 0 : elapsedMs;
            if (t >= _period)
            {
                if (!_repeat)
                {
                    return false;
                }

                t = t % _period;
            }

            for (int i = 0; i < _steps.Length; i++)
            {
                if (t < _steps[i])
                {
                    return (i % 2) == 0;
                }

                t -= _steps[i];
            }

            return false;
        }
    }
}
