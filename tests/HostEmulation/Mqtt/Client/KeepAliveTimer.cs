// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>
    /// Keep-alive bookkeeping of MQTT 3.1.1 section 3.1.2.10, with time passed in. The client must send
    /// something at least once per period; it pings when idle for a whole period, and declares the
    /// connection dead when that ping is not answered within one more period. Only differences of
    /// clock values are used, so any clock origin (even one about to wrap) works. Not thread-safe:
    /// the owner serialises calls.
    /// </summary>
    public sealed class KeepAliveTimer
    {
        private readonly long _periodMilliseconds;
        private long _lastSent;
        private long _pingSentAt;
        private bool _pingOutstanding;

        /// <summary>Starts the bookkeeping at <paramref name="now"/> (the CONNECT was just sent).</summary>
        /// <param name="keepAliveSeconds">Keep-alive period; 0 turns the mechanism off.</param>
        /// <param name="now">Current clock value.</param>
        public KeepAliveTimer(int keepAliveSeconds, long now)
        {
            _periodMilliseconds = keepAliveSeconds * 1000L;
            _lastSent = now;
        }

        /// <summary>Whether a PINGREQ awaits its PINGRESP.</summary>
        public bool PingOutstanding => _pingOutstanding;

        /// <summary>Any packet went out at <paramref name="now"/>.</summary>
        public void OnPacketSent(long now)
        {
            _lastSent = now;
        }

        /// <summary>A PINGREQ went out at <paramref name="now"/>.</summary>
        public void OnPingSent(long now)
        {
            _lastSent = now;
            _pingSentAt = now;
            _pingOutstanding = true;
        }

        /// <summary>A PINGRESP arrived.</summary>
        public void OnPingResponse()
        {
            _pingOutstanding = false;
        }

        /// <summary>Decides what is due at <paramref name="now"/>.</summary>
        public KeepAliveAction Poll(long now)
        {
            if (_periodMilliseconds == 0)
            {
                return KeepAliveAction.None;
            }

            if (_pingOutstanding)
            {
                return now - _pingSentAt >= _periodMilliseconds ? KeepAliveAction.ConnectionLost : KeepAliveAction.None;
            }

            return now - _lastSent >= _periodMilliseconds ? KeepAliveAction.SendPing : KeepAliveAction.None;
        }

        /// <summary>Milliseconds until the next decision can change (0 when due; long.MaxValue when off).</summary>
        public long MillisecondsUntilDue(long now)
        {
            if (_periodMilliseconds == 0)
            {
                return long.MaxValue;
            }

            long since = _pingOutstanding ? now - _pingSentAt : now - _lastSent;
            long left = _periodMilliseconds - since;
            return left < 0 ? 0 : left;
        }
    }
}
