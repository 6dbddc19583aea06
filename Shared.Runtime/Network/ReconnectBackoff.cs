// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>
    /// Exponential back-off with "equal jitter" for Wi-Fi and broker reconnects: the ceiling doubles after each
    /// failure up to a maximum, and the delay is drawn from the upper half of the ceiling. The jitter keeps a
    /// street of devices from hammering a broker in lock-step after a power cut; the lower bound keeps one
    /// device from retrying in a tight loop.
    /// </summary>
    public sealed class ReconnectBackoff
    {
        /// <summary>The number of distinct jitter samples: callers pass a value in [0, JitterRange).</summary>
        public const int JitterRange = 65536;

        private readonly int _initialDelayMs;
        private readonly int _maxDelayMs;
        private int _failures;

        /// <summary>
        /// Creates a back-off policy.
        /// </summary>
        /// <param name="initialDelayMs">The ceiling after the first failure (clamped to at least 100 ms).</param>
        /// <param name="maxDelayMs">The largest ceiling (clamped to at least the initial delay).</param>
        public ReconnectBackoff(int initialDelayMs, int maxDelayMs)
        {
            _initialDelayMs = initialDelayMs < 100 ? 100 : initialDelayMs;
            _maxDelayMs = maxDelayMs < _initialDelayMs ? _initialDelayMs : maxDelayMs;
        }

        /// <summary>Gets the number of consecutive failures since the last success.</summary>
        public int Failures
        {
            get { return _failures; }
        }

        /// <summary>
        /// Records a failed attempt and returns how long to wait before the next one.
        /// </summary>
        /// <param name="jitterSample">A random value in [0, <see cref="JitterRange"/>); out-of-range values are folded in.</param>
        /// <returns>The delay in milliseconds, between half the current ceiling and the ceiling.</returns>
        public int NextDelay(int jitterSample)
        {
            long ceiling = _initialDelayMs;
            for (int i = 0; i < _failures && ceiling < _maxDelayMs; i++)
            {
                ceiling *= 2;
            }

            if (ceiling > _maxDelayMs)
            {
                ceiling = _maxDelayMs;
            }

            if (_failures < int.MaxValue)
            {
                _failures++;
            }

            int sample = jitterSample % JitterRange;
            if (sample < 0)
            {
                sample += JitterRange;
            }

            long half = ceiling / 2;
            return (int)(half + ((ceiling - half) * sample / JitterRange));
        }

        /// <summary>
        /// Records a successful connection: the next failure starts from the initial delay again.
        /// </summary>
        public void Reset()
        {
            _failures = 0;
        }
    }
}
