// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Mute (for a bounded time, ends by itself) and do-not-disturb (until turned off). Either one keeps
    /// the chime quiet; rings are still recorded, photographed and reported.
    /// </summary>
    public sealed class ChimeSilencer
    {
        private bool _muted;
        private long _mutedUntil;
        private bool _doNotDisturb;

        /// <summary>
        /// Gets whether do-not-disturb is on.
        /// </summary>
        public bool DoNotDisturb
        {
            get { return _doNotDisturb; }
        }

        /// <summary>
        /// Mutes for <paramref name="minutes"/> from <paramref name="now"/>, replacing any earlier mute.
        /// </summary>
        /// <param name="minutes">1 to <see cref="DoorbellLimits.MuteMaxMinutes"/>.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns><c>false</c> (and no change) when the minutes are out of range.</returns>
        public bool Mute(int minutes, long now)
        {
            if (minutes < 1 || minutes > DoorbellLimits.MuteMaxMinutes)
            {
                return false;
            }

            _mutedUntil = MonotonicTime.After(now, minutes * 60000L);
            _muted = true;
            return true;
        }

        /// <summary>
        /// Ends a mute at once.
        /// </summary>
        public void Unmute()
        {
            _muted = false;
        }

        /// <summary>
        /// Turns do-not-disturb on or off.
        /// </summary>
        /// <param name="on"><c>true</c> for quiet until turned off.</param>
        public void SetDoNotDisturb(bool on)
        {
            _doNotDisturb = on;
        }

        /// <summary>
        /// Whether a mute is in force at <paramref name="now"/> (an expired mute is cleared here).
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns><c>true</c> while muted.</returns>
        public bool IsMuted(long now)
        {
            if (_muted && MonotonicTime.IsDue(now, _mutedUntil))
            {
                _muted = false;
            }

            return _muted;
        }

        /// <summary>
        /// Milliseconds of mute left, 0 when not muted.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The remaining mute time.</returns>
        public long MuteRemainingMs(long now)
        {
            return IsMuted(now) ? MonotonicTime.Remaining(now, _mutedUntil) : 0;
        }

        /// <summary>
        /// Whether a ring at <paramref name="now"/> should stay silent.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns><c>true</c> when muted or in do-not-disturb.</returns>
        public bool IsSilenced(long now)
        {
            return _doNotDisturb || IsMuted(now);
        }
    }
}
