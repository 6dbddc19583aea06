// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// One doorbell event with the time it happened, kept as both the monotonic milliseconds and, when the
    /// runtime knew a trusted UTC at that moment, Unix milliseconds (0 when it did not), so an event
    /// delivered after an outage still says when it happened.
    /// </summary>
    public sealed class RingEvent
    {
        /// <summary>Gets or sets the event sequence number (1, 2, 3, ... since boot, shared by all kinds).</summary>
        public int Sequence;

        /// <summary>Gets or sets what happened.</summary>
        public DoorbellEventKind Kind;

        /// <summary>Gets or sets the monotonic time of the event in milliseconds.</summary>
        public long MonotonicMs;

        /// <summary>Gets or sets the trusted UTC of the event in Unix milliseconds, or 0 if unknown.</summary>
        public long UtcMs;

        /// <summary>Gets or sets whether the chime sounded (false when muted or in do-not-disturb).</summary>
        public bool ChimeSounded;

        /// <summary>Gets or sets how many presses (for motion: detections) the rate limit swallowed since the previous event of this kind.</summary>
        public int SuppressedPresses;

        /// <summary>
        /// Copies every field of <paramref name="other"/> into this event.
        /// </summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(RingEvent other)
        {
            Sequence = other.Sequence;
            Kind = other.Kind;
            MonotonicMs = other.MonotonicMs;
            UtcMs = other.UtcMs;
            ChimeSounded = other.ChimeSounded;
            SuppressedPresses = other.SuppressedPresses;
        }
    }
}
