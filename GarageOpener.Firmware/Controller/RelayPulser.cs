// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The only code that energises a relay. A pulse has a clamped length and its release is decided
    /// when it starts: <see cref="Poll"/> releases it once due (even if the poll was late), only one
    /// relay is ever energised, and a minimum gap separates two pulses so the opener sees each press
    /// and gets its wait before a reversal.
    /// </summary>
    public sealed class RelayPulser
    {
        private readonly IDigitalOutput[] _relays;
        private int _active = -1;
        private long _startedAt;
        private int _lengthMs;
        private bool _hasReleased;
        private long _releasedAt;
        private int _count;

        /// <summary>
        /// Takes ownership of the relays and drives them inactive.
        /// </summary>
        /// <param name="primary">The wall-button (toggle) or open relay; required.</param>
        /// <param name="close">The close relay, or <c>null</c>.</param>
        /// <param name="stop">The stop relay, or <c>null</c>.</param>
        public RelayPulser(IDigitalOutput primary, IDigitalOutput close, IDigitalOutput stop)
        {
            _relays = new IDigitalOutput[] { primary, close, stop };
            ReleaseAll();
        }

        /// <summary>Gets whether a pulse is in progress.</summary>
        public bool IsPulsing
        {
            get { return _active >= 0; }
        }

        /// <summary>Gets how many pulses were started since power-up.</summary>
        public int PulseCount
        {
            get { return _count; }
        }

        /// <summary>
        /// Gets whether <paramref name="channel"/> has a relay.
        /// </summary>
        /// <param name="channel">The channel.</param>
        /// <returns><c>true</c> when fitted.</returns>
        public bool HasChannel(RelayChannel channel)
        {
            return _relays[(int)channel] != null;
        }

        /// <summary>
        /// Gets whether a pulse could start now.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="minGapMs">The required gap since the last release (clamped to its range).</param>
        /// <returns><c>true</c> when idle and the gap has passed.</returns>
        public bool CanPulse(long now, int minGapMs)
        {
            if (_active >= 0)
            {
                return false;
            }

            int gap = MonotonicTime.Clamp(minGapMs, GarageSettings.MinGapFloorMs, GarageSettings.MaxGapMs);
            return !_hasReleased || MonotonicTime.HasElapsed(now, _releasedAt, gap);
        }

        /// <summary>
        /// Starts a pulse if allowed.
        /// </summary>
        /// <param name="channel">The relay to pulse.</param>
        /// <param name="lengthMs">The requested length (clamped to 250-1000 ms).</param>
        /// <param name="minGapMs">The required gap since the previous pulse.</param>
        /// <param name="now">The current time.</param>
        /// <returns><c>true</c> when the relay was energised.</returns>
        public bool TryPulse(RelayChannel channel, int lengthMs, int minGapMs, long now)
        {
            IDigitalOutput relay = _relays[(int)channel];
            if (relay == null || !CanPulse(now, minGapMs))
            {
                return false;
            }

            bool started = false;
            try
            {
                _lengthMs = MonotonicTime.Clamp(lengthMs, GarageSettings.MinPulseMs, GarageSettings.MaxPulseMs);
                _startedAt = now;
                _active = (int)channel;
                relay.Write(true);
                _count++;
                started = true;
            }
            finally
            {
                if (!started)
                {
                    // A driver that threw half-way must not leave the relay energised.
                    ReleaseAll();
                    _hasReleased = true;
                    _releasedAt = now;
                }
            }

            return true;
        }

        /// <summary>
        /// Releases a pulse that is due, and any relay that reads active without a pulse in progress.
        /// </summary>
        /// <param name="now">The current time.</param>
        public void Poll(long now)
        {
            if (_active >= 0)
            {
                if (MonotonicTime.HasElapsed(now, _startedAt, _lengthMs))
                {
                    ReleaseAll();
                    _hasReleased = true;
                    _releasedAt = now;
                }

                return;
            }

            for (int i = 0; i < _relays.Length; i++)
            {
                if (_relays[i] != null && _relays[i].IsActive)
                {
                    ReleaseAll();
                    return;
                }
            }
        }

        /// <summary>
        /// Drives every relay inactive at once (boot, error paths). Never throws past one relay.
        /// </summary>
        public void ReleaseAll()
        {
            if (_active >= 0)
            {
                // Cut short (an error path has no time): count the gap from the planned end, which is never
                // earlier than the real release, so the opener still gets its full gap.
                _hasReleased = true;
                _releasedAt = MonotonicTime.After(_startedAt, _lengthMs);
            }

            _active = -1;
            for (int i = 0; i < _relays.Length; i++)
            {
                if (_relays[i] == null)
                {
                    continue;
                }

                try
                {
                    _relays[i].Write(false);
                }
                catch (System.Exception)
                {
                    // Keep releasing the others; the next poll tries this one again.
                }
            }
        }
    }
}
