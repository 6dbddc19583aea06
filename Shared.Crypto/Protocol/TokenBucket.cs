// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// A token bucket on the monotonic clock: at most <c>capacity</c> takes in a burst, then one per refill
    /// interval. It bounds how many MAC verifications unauthenticated input can cost.
    /// </summary>
    public sealed class TokenBucket
    {
        private readonly int _capacity;
        private readonly int _refillMs;
        private int _tokens;
        private long _lastRefill;

        /// <summary>Creates a full bucket.</summary>
        /// <param name="capacity">Largest burst.</param>
        /// <param name="refillMs">Milliseconds per returned token.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public TokenBucket(int capacity, int refillMs, long nowMs)
        {
            _capacity = capacity;
            _refillMs = refillMs;
            _tokens = capacity;
            _lastRefill = nowMs;
        }

        /// <summary>Gets the tokens available after the last refill.</summary>
        public int Tokens
        {
            get { return _tokens; }
        }

        /// <summary>Refills for the elapsed time, then tells whether a token is available (without taking it).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True if a token is available.</returns>
        public bool HasToken(long nowMs)
        {
            Refill(nowMs);
            return _tokens > 0;
        }

        /// <summary>Takes one token if available.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True if a token was taken.</returns>
        public bool TryTake(long nowMs)
        {
            Refill(nowMs);
            if (_tokens <= 0)
            {
                return false;
            }

            _tokens--;
            return true;
        }

        /// <summary>Returns a token taken for work that turned out to be legitimate.</summary>
        public void Refund()
        {
            if (_tokens < _capacity)
            {
                _tokens++;
            }
        }

        private void Refill(long nowMs)
        {
            long elapsed = nowMs - _lastRefill;
            if (elapsed <= 0)
            {
                // A clock that went backwards (it must not) or no time at all: no new tokens.
                if (elapsed < 0)
                {
                    _lastRefill = nowMs;
                }

                return;
            }

            long earned = elapsed / _refillMs;
            if (earned <= 0)
            {
                return;
            }

            long total = _tokens + earned;
            _tokens = total > _capacity ? _capacity : (int)total;
            _lastRefill += earned * _refillMs;
            if (_tokens == _capacity)
            {
                _lastRefill = nowMs;
            }
        }
    }
}
