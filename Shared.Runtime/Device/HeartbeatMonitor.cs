// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The portable half of the supervisor: loops that must stay alive (the control loop, the network loop)
    /// beat regularly, and <see cref="FindWedged"/> names the first one that has been silent for too long.
    /// nanoFramework offers no managed watchdog API, so a supervisor thread calls this and reboots the device.
    /// </summary>
    public sealed class HeartbeatMonitor
    {
        private readonly string[] _names;
        private readonly long[] _lastBeat;
        private readonly int[] _timeoutMs;
        private int _count;

        /// <summary>
        /// Creates a monitor for at most <paramref name="capacity"/> loops.
        /// </summary>
        /// <param name="capacity">The maximum number of monitored loops.</param>
        public HeartbeatMonitor(int capacity)
        {
            _names = new string[capacity];
            _lastBeat = new long[capacity];
            _timeoutMs = new int[capacity];
        }

        /// <summary>
        /// Registers a loop; it counts as having just beaten.
        /// </summary>
        /// <param name="name">A name for the log line written before a reboot.</param>
        /// <param name="timeoutMs">How long the loop may stay silent.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The slot to pass to <see cref="Beat"/>, or -1 when the monitor is full.</returns>
        public int Register(string name, int timeoutMs, long now)
        {
            lock (_names)
            {
                if (_count == _names.Length)
                {
                    return -1;
                }

                _names[_count] = name;
                _timeoutMs[_count] = timeoutMs;
                _lastBeat[_count] = now;
                _count++;
                return _count - 1;
            }
        }

        /// <summary>
        /// Records that a loop is alive.
        /// </summary>
        /// <param name="slot">The slot from <see cref="Register"/>.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Beat(int slot, long now)
        {
            lock (_names)
            {
                if (slot >= 0 && slot < _count)
                {
                    _lastBeat[slot] = now;
                }
            }
        }

        /// <summary>
        /// Finds a loop that has been silent for longer than its timeout.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The wedged loop's name, or null when every loop is alive.</returns>
        public string FindWedged(long now)
        {
            lock (_names)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (Shared.Runtime.Platform.MonotonicTime.Elapsed(now, _lastBeat[i]) > _timeoutMs[i])
                    {
                        return _names[i];
                    }
                }

                return null;
            }
        }
    }
}
