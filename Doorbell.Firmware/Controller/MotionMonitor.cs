// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Turns a motion sensor output (a PIR holds its output high for seconds) into rate-limited motion
    /// events: a cat walking past every few seconds must not become a stream of messages.
    /// </summary>
    public sealed class MotionMonitor
    {
        private const int MotionDebounceMs = 50;
        private const int MotionMinActiveMs = 100;

        private readonly PressDetector _detector;
        private int _minIntervalMs;
        private bool _reported;
        private long _lastReported;
        private int _suppressed;

        /// <summary>
        /// Creates the monitor.
        /// </summary>
        /// <param name="sensor">The motion sensor input.</param>
        /// <param name="minIntervalMs">Shortest gap between two reported events.</param>
        public MotionMonitor(IDigitalInput sensor, int minIntervalMs)
        {
            _detector = new PressDetector(sensor, MotionDebounceMs, MotionMinActiveMs, 0);
            _minIntervalMs = minIntervalMs;
        }

        /// <summary>
        /// Gets how many motion detections were swallowed since the last reported event.
        /// </summary>
        public int Suppressed
        {
            get { return _suppressed; }
        }

        /// <summary>
        /// Changes the shortest gap between events.
        /// </summary>
        /// <param name="minIntervalMs">The gap in milliseconds.</param>
        public void Configure(int minIntervalMs)
        {
            _minIntervalMs = minIntervalMs;
        }

        /// <summary>
        /// Samples the sensor.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <param name="suppressedBefore">When an event is due: detections swallowed since the last one.</param>
        /// <returns><c>true</c> when a motion event should be reported.</returns>
        public bool Poll(long now, out int suppressedBefore)
        {
            suppressedBefore = 0;
            if (_detector.Poll(now) != PressEvent.Pressed)
            {
                return false;
            }

            if (_reported && MonotonicTime.Elapsed(now, _lastReported) < _minIntervalMs)
            {
                if (_suppressed < int.MaxValue)
                {
                    _suppressed++;
                }

                return false;
            }

            _reported = true;
            _lastReported = now;
            suppressedBefore = _suppressed;
            _suppressed = 0;
            return true;
        }
    }
}
