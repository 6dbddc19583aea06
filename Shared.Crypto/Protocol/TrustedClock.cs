// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// UTC time the broker cannot fake: set only from the owner time inside authenticated admin/member commands,
    /// then advanced by the monotonic clock. Unknown after boot until the first such command. A broker can delay
    /// a command by at most the freshness window (60 s), which bounds how far it can push this clock back.
    /// </summary>
    public sealed class TrustedClock
    {
        private bool _known;
        private long _utcSecondsAtSet;
        private long _monotonicAtSet;

        /// <summary>Gets a value indicating whether an owner has told the time since boot.</summary>
        public bool IsKnown
        {
            get { return _known; }
        }

        /// <summary>Takes the owner time of an authenticated admin/member command.</summary>
        /// <param name="ownerUtcSeconds">Seconds since 1970 from the command; 0 or less means "no clock".</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public void Observe(long ownerUtcSeconds, long nowMs)
        {
            if (ownerUtcSeconds <= 0)
            {
                return;
            }

            _utcSecondsAtSet = ownerUtcSeconds;
            _monotonicAtSet = nowMs;
            _known = true;
        }

        /// <summary>Gets the trusted UTC time, if known.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="utcSeconds">Seconds since 1970, or 0 when unknown.</param>
        /// <returns>True if known.</returns>
        public bool TryGetUtc(long nowMs, out long utcSeconds)
        {
            if (!_known)
            {
                utcSeconds = 0;
                return false;
            }

            long elapsed = nowMs - _monotonicAtSet;
            if (elapsed < 0)
            {
                elapsed = 0;
            }

            utcSeconds = _utcSecondsAtSet + (elapsed / 1000);
            return true;
        }
    }
}
