// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Owner-adjustable doorbell settings. <see cref="Clamp"/> moves every number into its safe range; the
    /// controller keeps its own clamped copy, so a caller's object never changes a running controller.
    /// </summary>
    public sealed class DoorbellSettings
    {
        /// <summary>Lowest minimum press length, in milliseconds.</summary>
        public const int MinPressLowMs = 20;

        /// <summary>Highest minimum press length, in milliseconds.</summary>
        public const int MinPressHighMs = 500;

        /// <summary>Lowest release debounce, in milliseconds.</summary>
        public const int DebounceLowMs = 5;

        /// <summary>Highest release debounce, in milliseconds.</summary>
        public const int DebounceHighMs = 200;

        /// <summary>Largest ring burst.</summary>
        public const int RingBurstHigh = 10;

        /// <summary>Shortest time to earn one ring back, in milliseconds.</summary>
        public const int RingRefillLowMs = 1000;

        /// <summary>Longest time to earn one ring back, in milliseconds.</summary>
        public const int RingRefillHighMs = 600000;

        /// <summary>Shortest camera trigger pulse, in milliseconds.</summary>
        public const int CameraPulseLowMs = 20;

        /// <summary>Shortest gap between two motion events, in milliseconds.</summary>
        public const int MotionIntervalLowMs = 5000;

        /// <summary>Longest gap between two motion events, in milliseconds.</summary>
        public const int MotionIntervalHighMs = 3600000;

        /// <summary>Gets or sets the minimum press length that counts as a ring (rejects ghost rings).</summary>
        public int MinPressMs;

        /// <summary>Gets or sets how long the contact must stay open before a release counts.</summary>
        public int DebounceMs;

        /// <summary>Gets or sets how many rings may follow each other with no wait.</summary>
        public int RingBurst;

        /// <summary>Gets or sets how long it takes to earn one more ring after a burst.</summary>
        public int RingRefillMs;

        /// <summary>Gets or sets whether a ring sounds the chime at all.</summary>
        public bool ChimeEnabled;

        /// <summary>Gets or sets the chime pattern (see <see cref="ChimePattern.ForIndex"/>).</summary>
        public int ChimePatternIndex;

        /// <summary>Gets or sets the camera trigger pulse length.</summary>
        public int CameraPulseMs;

        /// <summary>Gets or sets whether motion events are reported (when a sensor is fitted).</summary>
        public bool MotionEnabled;

        /// <summary>Gets or sets the shortest gap between two motion events.</summary>
        public int MotionIntervalMs;

        /// <summary>Gets or sets whether a motion event also triggers the camera.</summary>
        public bool CameraOnMotion;

        /// <summary>
        /// The defaults: 60 ms minimum press, 30 ms debounce, 3 rings then one per 20 s, single chime,
        /// 200 ms camera pulse, motion reported at most once a minute.
        /// </summary>
        /// <returns>A new settings object.</returns>
        public static DoorbellSettings Defaults()
        {
            DoorbellSettings s = new DoorbellSettings();
            s.MinPressMs = 60;
            s.DebounceMs = 30;
            s.RingBurst = 3;
            s.RingRefillMs = 20000;
            s.ChimeEnabled = true;
            s.ChimePatternIndex = ChimePattern.SingleIndex;
            s.CameraPulseMs = 200;
            s.MotionEnabled = true;
            s.MotionIntervalMs = 60000;
            s.CameraOnMotion = false;
            return s;
        }

        /// <summary>
        /// Returns a copy of these settings.
        /// </summary>
        /// <returns>The copy.</returns>
        public DoorbellSettings Clone()
        {
            DoorbellSettings copy = new DoorbellSettings();
            copy.CopyFrom(this);
            return copy;
        }

        /// <summary>
        /// Copies every value of <paramref name="other"/> into these settings.
        /// </summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(DoorbellSettings other)
        {
            MinPressMs = other.MinPressMs;
            DebounceMs = other.DebounceMs;
            RingBurst = other.RingBurst;
            RingRefillMs = other.RingRefillMs;
            ChimeEnabled = other.ChimeEnabled;
            ChimePatternIndex = other.ChimePatternIndex;
            CameraPulseMs = other.CameraPulseMs;
            MotionEnabled = other.MotionEnabled;
            MotionIntervalMs = other.MotionIntervalMs;
            CameraOnMotion = other.CameraOnMotion;
        }

        /// <summary>
        /// Whether the settings name only things that exist (numbers are clamped, not refused).
        /// </summary>
        /// <returns><c>true</c> when usable.</returns>
        public bool IsValid()
        {
            return ChimePattern.ForIndex(ChimePatternIndex) != null;
        }

        /// <summary>
        /// Moves every number into its range.
        /// </summary>
        public void Clamp()
        {
            MinPressMs = MonotonicTime.Clamp(MinPressMs, MinPressLowMs, MinPressHighMs);
            DebounceMs = MonotonicTime.Clamp(DebounceMs, DebounceLowMs, DebounceHighMs);
            RingBurst = MonotonicTime.Clamp(RingBurst, 1, RingBurstHigh);
            RingRefillMs = MonotonicTime.Clamp(RingRefillMs, RingRefillLowMs, RingRefillHighMs);
            CameraPulseMs = MonotonicTime.Clamp(CameraPulseMs, CameraPulseLowMs, DoorbellLimits.CameraMaxPulseMs);
            MotionIntervalMs = MonotonicTime.Clamp(MotionIntervalMs, MotionIntervalLowMs, MotionIntervalHighMs);
        }
    }
}
