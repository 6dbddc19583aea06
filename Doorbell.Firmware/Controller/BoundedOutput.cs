// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// An output that is only ever switched on together with its switch-off time, which no caller can
    /// extend past the output's maximum. <see cref="Poll"/> switches it off when due and keeps retrying if
    /// the pin write throws, so a relay cannot stay energised because of an exception somewhere.
    /// </summary>
    public sealed class BoundedOutput
    {
        private readonly IDigitalOutput _output;
        private readonly int _maxOnMs;
        private long _offAt;
        private bool _on;

        /// <summary>
        /// Wraps <paramref name="output"/> and drives it inactive.
        /// </summary>
        /// <param name="output">The output.</param>
        /// <param name="maxOnMs">The longest time it may stay on, in milliseconds (at least 1).</param>
        public BoundedOutput(IDigitalOutput output, int maxOnMs)
        {
            _output = output;
            _maxOnMs = maxOnMs < 1 ? 1 : maxOnMs;
            _output.Write(false);
        }

        /// <summary>
        /// Gets whether the output is on (or a switch-off is still pending).
        /// </summary>
        public bool IsOn
        {
            get { return _on; }
        }

        /// <summary>
        /// Gets the longest on-time in milliseconds.
        /// </summary>
        public int MaxOnMs
        {
            get { return _maxOnMs; }
        }

        /// <summary>
        /// Milliseconds until the output switches off, 0 when off.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The remaining on-time.</returns>
        public long RemainingMs(long now)
        {
            return _on ? MonotonicTime.Remaining(now, _offAt) : 0;
        }

        /// <summary>
        /// Switches on for <paramref name="lengthMs"/> (clamped to 1..max) from <paramref name="now"/>. A call
        /// while on restarts the time: it never adds to it.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <param name="lengthMs">The requested on-time in milliseconds.</param>
        public void Pulse(long now, int lengthMs)
        {
            // The switch-off is scheduled before the pin moves.
            _offAt = MonotonicTime.After(now, MonotonicTime.Clamp(lengthMs, 1, _maxOnMs));
            _on = true;
            try
            {
                _output.Write(true);
            }
            catch (Exception)
            {
                Off();
                throw;
            }
        }

        /// <summary>
        /// Switches off now. If the pin write throws, the output stays marked on and the next poll retries.
        /// </summary>
        public void Off()
        {
            try
            {
                _output.Write(false);
                _on = false;
            }
            catch (Exception)
            {
                _on = true;
            }
        }

        /// <summary>
        /// Switches off when the time is up.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Poll(long now)
        {
            if (_on && (MonotonicTime.IsDue(now, _offAt) || MonotonicTime.Elapsed(_offAt, now) > _maxOnMs))
            {
                Off();
            }
        }
    }
}
