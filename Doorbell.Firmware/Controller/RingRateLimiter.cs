// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// A token bucket for rings: a short burst rings every time (an impatient visitor), a flood of presses
    /// (a prank, a shorted wire) rings at most once per refill interval. Presses it refuses are counted and
    /// the count is handed to the next ring, so owners learn about the flood without being flooded.
    /// </summary>
    public sealed class RingRateLimiter
    {
        private int _burst;
        private int _refillMs;
        private int _tokens;
        private long _lastRefill;
        private bool _started;
        private int _suppressed;

        /// <summary>
        /// Creates a full bucket.
        /// </summary>
        /// <param name="burst">Rings allowed back to back (at least 1).</param>
        /// <param name="refillMs">Milliseconds to earn one more ring (at least 1).</param>
        public RingRateLimiter(int burst, int refillMs)
        {
            Configure(burst, refillMs);
            _tokens = _burst;
        }

        /// <summary>
        /// Gets the presses refused since the last accepted ring.
        /// </summary>
        public int Suppressed
        {
            get { return _suppressed; }
        }

        /// <summary>
        /// Changes the bucket size and refill time; saved tokens above the new size are dropped.
        /// </summary>
        /// <param name="burst">Rings allowed back to back (at least 1).</param>
        /// <param name="refillMs">Milliseconds to earn one more ring (at least 1).</param>
        public void Configure(int burst, int refillMs)
        {
            _burst = burst < 1 ? 1 : burst;
            _refillMs = refillMs < 1 ? 1 : refillMs;
            if (_tokens > _burst)
            {
                _tokens = _burst;
            }
        }

        /// <summary>
        /// Asks to ring at <paramref name="now"/>.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <param name="suppressedBefore">
        /// When the ring is allowed: how many presses were refused since the previous ring (then reset to 0).
        /// </param>
        /// <returns><c>true</c> to ring; <c>false</c> when the press is suppressed (and counted).</returns>
        public bool TryRing(long now, out int suppressedBefore)
        {
            Refill(now);
            if (_tokens == 0)
            {
                if (_suppressed < int.MaxValue)
                {
                    _suppressed++;
                }

                suppressedBefore = 0;
                return false;
            }

            _tokens--;
            suppressedBefore = _suppressed;
            _suppressed = 0;
            return true;
        }

        private void Refill(long now)
        {
            if (!_started)
            {
                _started = true;
                _lastRefill = now;
                return;
            }

            long elapsed = MonotonicTime.Elapsed(now, _lastRefill);
            if (elapsed < _refillMs)
            {
                return;
            }

            long earned = elapsed / _refillMs;
            if (_tokens + earned >= _burst)
            {
                _tokens = _burst;
                _lastRefill = now;
                return;
            }

            _tokens += (int)earned;
            _lastRefill = MonotonicTime.After(_lastRefill, earned * _refillMs);
        }
    }
}
