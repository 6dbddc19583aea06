// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// Watches the device's loops: each registers with a timeout and beats while it runs; when one stays silent
    /// past its timeout the device reboots (nanoFramework has no managed watchdog, so a thread does it).
    /// </summary>
    public sealed class Supervisor
    {
        /// <summary>How often the supervisor thread checks, milliseconds.</summary>
        public const int CheckIntervalMs = 1000;

        /// <summary>Most loops watched.</summary>
        public const int Capacity = 8;

        private readonly HeartbeatMonitor _monitor = new HeartbeatMonitor(Capacity);
        private readonly IClock _clock;
        private readonly IRebooter _rebooter;
        private Thread _thread;
        private bool _rebooting;
        private bool _stopped;

        /// <summary>Creates the supervisor.</summary>
        /// <param name="clock">Monotonic clock.</param>
        /// <param name="rebooter">What to call on a wedged loop.</param>
        public Supervisor(IClock clock, IRebooter rebooter)
        {
            _clock = clock;
            _rebooter = rebooter;
        }

        /// <summary>Watches a loop from now on.</summary>
        /// <param name="name">Loop name (printed before a reboot).</param>
        /// <param name="timeoutMs">Longest silence allowed.</param>
        /// <returns>The slot to beat, or -1 when full.</returns>
        public int Register(string name, int timeoutMs)
        {
            return _monitor.Register(name, timeoutMs, _clock.NowMilliseconds);
        }

        /// <summary>Reports that a loop is alive.</summary>
        /// <param name="slot">Slot from <see cref="Register"/>.</param>
        public void Beat(int slot)
        {
            _monitor.Beat(slot, _clock.NowMilliseconds);
        }

        /// <summary>Checks once; reboots when a loop is wedged.</summary>
        /// <param name="now">Monotonic time in milliseconds.</param>
        /// <returns>The wedged loop's name, or null when all are alive.</returns>
        public string Check(long now)
        {
            string wedged = _monitor.FindWedged(now);
            if (wedged != null && !_rebooting && _rebooter != null)
            {
                _rebooting = true;
                _rebooter.Reboot("loop '" + wedged + "' is wedged");
            }

            return wedged;
        }

        /// <summary>Starts the supervisor thread (once).</summary>
        public void Start()
        {
            if (_thread != null)
            {
                return;
            }

            _thread = new Thread(Run);
            _thread.Start();
        }

        /// <summary>Stops watching (a virtual device shutting down; the device itself never stops).</summary>
        public void Stop()
        {
            _stopped = true;
        }

        private void Run()
        {
            while (!_rebooting && !_stopped)
            {
                Thread.Sleep(CheckIntervalMs);
                if (_stopped)
                {
                    return;
                }

                try
                {
                    Check(_clock.NowMilliseconds);
                }
                catch (System.Exception)
                {
                    // A reboot that returns by throwing (the virtual board) ends this thread quietly.
                    return;
                }
            }
        }
    }
}
