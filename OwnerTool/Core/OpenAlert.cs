// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;

namespace OwnerTool.Core
{
    /// <summary>
    /// "garage open for N minutes": armed by an authenticated event saying the door is open, disarmed by any later
    /// state, it fires once per opening after the configured time. The timer only reports; it never commands.
    /// </summary>
    public sealed class OpenAlert : IDisposable
    {
        private readonly TimeSpan _after;
        private readonly Action<TimeSpan> _fire;
        private readonly Timer _timer;
        private readonly object _gate = new object();

        /// <summary>Creates the alert.</summary>
        /// <param name="after">How long the door may stay open before the notice.</param>
        /// <param name="fire">Called (on a timer thread) with the time open.</param>
        public OpenAlert(TimeSpan after, Action<TimeSpan> fire)
        {
            _after = after;
            _fire = fire;
            _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <summary>Formats the notice text for a device.</summary>
        /// <param name="device">Device name.</param>
        /// <param name="open">Time open.</param>
        /// <returns>"garage open for 10 minutes".</returns>
        public static string Text(string device, TimeSpan open)
        {
            return open.TotalMinutes >= 1
                ? device + " open for " + (int)open.TotalMinutes + " minute" + ((int)open.TotalMinutes == 1 ? string.Empty : "s")
                : device + " open for " + (int)open.TotalSeconds + " second" + ((int)open.TotalSeconds == 1 ? string.Empty : "s");
        }

        /// <summary>Feeds a door state seen in an authenticated event.</summary>
        /// <param name="state">The state name ("open", "closing" ...).</param>
        public void Observe(string state)
        {
            lock (_gate)
            {
                // A repeated "open" (a lockout change) keeps the first arming: the door has been open since then.
                if (state == "open" && !Armed)
                {
                    Armed = true;
                    _timer.Change(_after, Timeout.InfiniteTimeSpan);
                }
                else if (state != "open")
                {
                    Armed = false;
                    _timer.Change(Timeout.Infinite, Timeout.Infinite);
                }
            }
        }

        /// <summary>Gets a value indicating whether an opening is being timed.</summary>
        public bool Armed { get; private set; }

        /// <summary>Stops the timer.</summary>
        public void Dispose()
        {
            _timer.Dispose();
        }

        private void Fire()
        {
            lock (_gate)
            {
                if (!Armed)
                {
                    return;
                }
            }

            _fire(_after);
        }
    }
}
