// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>
    /// When a long-running watch retries a lost broker connection, and when it tells the user the broker is still
    /// gone: the delay doubles from <see cref="InitialDelay"/> up to <see cref="MaxDelay"/>, and the "still
    /// unreachable" notice comes at the warning threshold and then each time the outage doubles. Pure arithmetic
    /// on the outage length, so it is tested without clocks. No jitter: one owner tool is no thundering herd.
    /// </summary>
    public sealed class ReconnectPolicy
    {
        /// <summary>Delay before the second attempt (the first is immediate).</summary>
        public static readonly TimeSpan InitialDelay = TimeSpan.FromMilliseconds(100);

        /// <summary>Longest delay between attempts: a person is waiting for their doorbell.</summary>
        public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

        /// <summary>The notice comes after this many --timeout periods without a broker.</summary>
        public const int WarningTimeoutFactor = 3;

        private readonly TimeSpan _firstWarning;
        private TimeSpan _nextWarning;
        private int _failures;

        /// <summary>Creates the policy for one tool run.</summary>
        /// <param name="timeout">The --timeout setting; the first notice comes after <see cref="WarningTimeoutFactor"/> times it.</param>
        public ReconnectPolicy(TimeSpan timeout)
        {
            _firstWarning = timeout * WarningTimeoutFactor;
            _nextWarning = _firstWarning;
        }

        /// <summary>Gets how many attempts failed since the last <see cref="Reset"/>.</summary>
        public int Failures => _failures;

        /// <summary>Records a failed attempt and returns how long to wait before the next one.</summary>
        /// <returns>The delay: 100 ms, 200 ms, 400 ms ... at most 2 s.</returns>
        public TimeSpan NextDelay()
        {
            long ms = (long)InitialDelay.TotalMilliseconds;
            for (int i = 0; i < _failures && ms < MaxDelay.TotalMilliseconds; i++)
            {
                ms *= 2;
            }

            _failures++;
            return TimeSpan.FromMilliseconds(Math.Min(ms, (long)MaxDelay.TotalMilliseconds));
        }

        /// <summary>Tells whether the user should now hear that the broker is still unreachable (once per threshold).</summary>
        /// <param name="outage">How long the connection has been lost.</param>
        /// <returns>True at most once per threshold: 3 x timeout, then 6 x, 12 x ...</returns>
        public bool ShouldWarn(TimeSpan outage)
        {
            if (outage < _nextWarning)
            {
                return false;
            }

            while (_nextWarning <= outage)
            {
                _nextWarning += _nextWarning;
            }

            return true;
        }

        /// <summary>Starts over after a successful reconnect: short delays and the first threshold again.</summary>
        public void Reset()
        {
            _failures = 0;
            _nextWarning = _firstWarning;
        }
    }
}
