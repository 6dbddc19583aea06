// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// UTC time the broker cannot fake (docs/PROTOCOL.md §12): set only from the owner time inside authenticated
    /// admin commands, then advanced by the monotonic clock. Once set it never steps back more than the freshness
    /// window below the highest time it ever showed, so no sequence of commands walks it back (which would revive
    /// expired passes). A lower bound survives reboots: loaded at boot, it lets passes work before any admin speaks;
    /// the caller persists it rarely (first set per boot, then once an hour of trusted time), never per command.
    /// </summary>
    public sealed class TrustedClock
    {
        private const long WindowSeconds = ProtocolConstants.FreshnessWindowMs / 1000;

        private bool _known;
        private bool _setSinceBoot;
        private bool _persistedSinceSet;
        private long _utcSecondsAtSet;
        private long _monotonicAtSet;
        private long _highUtcSeconds;
        private long _highMonotonic;
        private long _persistedUtcSeconds;

        /// <summary>Gets a value indicating whether a time is known (set by an admin, or a loaded lower bound).</summary>
        public bool IsKnown
        {
            get { return _known; }
        }

        /// <summary>Gets a value indicating whether an admin told the time since boot (not only the lower bound).</summary>
        public bool IsSetSinceBoot
        {
            get { return _setSinceBoot; }
        }

        /// <summary>Tells whether a value is inside the range of owner times the device accepts.</summary>
        /// <param name="utcSeconds">Seconds since 1970.</param>
        /// <returns>True when in range.</returns>
        public static bool IsInRange(long utcSeconds)
        {
            return utcSeconds >= ProtocolConstants.MinOwnerUtcSeconds && utcSeconds <= ProtocolConstants.MaxOwnerUtcSeconds;
        }

        /// <summary>Starts from a persisted lower bound (boot). Out-of-range values are ignored.</summary>
        /// <param name="utcSeconds">The persisted lower bound.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True when taken.</returns>
        public bool LoadLowerBound(long utcSeconds, long nowMs)
        {
            if (!IsInRange(utcSeconds) || _known)
            {
                return false;
            }

            // Real time only moved forward while the device was off, so the bound plus uptime is still a lower bound.
            Set(utcSeconds, nowMs);
            _persistedUtcSeconds = utcSeconds;
            _persistedSinceSet = true;
            return true;
        }

        /// <summary>Checks an owner time without taking it (the admin command is refused when this is not Done).</summary>
        /// <param name="ownerUtcSeconds">Seconds since 1970 from the command; 0 means "no clock" and is allowed.</param>
        /// <returns>Done or BadTime.</returns>
        public static ReasonCode Check(long ownerUtcSeconds)
        {
            return ownerUtcSeconds == 0 || IsInRange(ownerUtcSeconds) ? ReasonCode.Done : ReasonCode.BadTime;
        }

        /// <summary>Takes the owner time of an authenticated admin command (members and guests never set it).</summary>
        /// <param name="ownerUtcSeconds">Seconds since 1970 from the command; 0 means "no clock".</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>Done (taken, possibly limited to one window below the highest time shown), or BadTime.</returns>
        public ReasonCode Observe(long ownerUtcSeconds, long nowMs)
        {
            ReasonCode valid = Check(ownerUtcSeconds);
            if (valid != ReasonCode.Done || ownerUtcSeconds == 0)
            {
                return valid;
            }

            long taken = ownerUtcSeconds;
            if (_known)
            {
                // Delayed commands may carry a time up to a window old; anything older only moves back that far.
                long floor = High(nowMs) - WindowSeconds;
                if (taken < floor)
                {
                    taken = floor;
                }
            }

            Set(taken, nowMs);
            if (!_setSinceBoot)
            {
                // The first admin time of a boot is worth a write; later ones wait for the hourly one.
                _setSinceBoot = true;
                _persistedSinceSet = false;
            }

            return ReasonCode.Done;
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

            utcSeconds = _utcSecondsAtSet + Elapsed(nowMs, _monotonicAtSet);
            return true;
        }

        /// <summary>
        /// Tells whether the lower bound should be written now (first set per boot, then each hour of trusted time)
        /// and which value; call <see cref="MarkPersisted"/> after the write.
        /// </summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="utcSeconds">The value to persist.</param>
        /// <returns>True when a write is due.</returns>
        public bool IsPersistDue(long nowMs, out long utcSeconds)
        {
            if (!TryGetUtc(nowMs, out utcSeconds))
            {
                return false;
            }

            return !_persistedSinceSet || utcSeconds - _persistedUtcSeconds >= ProtocolConstants.TimeFloorPersistIntervalSeconds;
        }

        /// <summary>Records that the lower bound was written.</summary>
        /// <param name="utcSeconds">The value written.</param>
        public void MarkPersisted(long utcSeconds)
        {
            _persistedUtcSeconds = utcSeconds;
            _persistedSinceSet = true;
        }

        private void Set(long utcSeconds, long nowMs)
        {
            if (!_known || utcSeconds > High(nowMs))
            {
                _highUtcSeconds = utcSeconds;
                _highMonotonic = nowMs;
            }

            _utcSecondsAtSet = utcSeconds;
            _monotonicAtSet = nowMs;
            _known = true;
        }

        private long High(long nowMs)
        {
            return _highUtcSeconds + Elapsed(nowMs, _highMonotonic);
        }

        private static long Elapsed(long nowMs, long since)
        {
            long elapsed = nowMs - since;
            return elapsed < 0 ? 0 : elapsed / 1000;
        }
    }
}
