// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Owner-adjustable settings. <see cref="Clamped"/> brings every value inside its safe range, so
    /// a setting can lengthen the close warning but never shorten it below five seconds.
    /// </summary>
    public sealed class GarageSettings
    {
        /// <summary>Shortest relay pulse an opener reliably sees as a button press.</summary>
        public const int MinPulseMs = 250;

        /// <summary>Longest relay pulse: longer would read as a held button on some openers.</summary>
        public const int MaxPulseMs = 1000;

        /// <summary>Smallest gap between two pulses (also the wait before a reversal).</summary>
        public const int MinGapFloorMs = 500;

        /// <summary>Largest gap between two pulses.</summary>
        public const int MaxGapMs = 10000;

        /// <summary>The shortest close warning 16 CFR 1211.14 allows for an unattended close.</summary>
        public const int MinWarningMs = 5000;

        /// <summary>Longest close warning.</summary>
        public const int MaxWarningMs = 30000;

        /// <summary>Smallest departure timeout.</summary>
        public const int MinDepartureMs = 1000;

        /// <summary>Largest departure timeout.</summary>
        public const int MaxDepartureMs = 10000;

        /// <summary>Smallest margin added to the learned travel time.</summary>
        public const int MinMarginMs = 1000;

        /// <summary>Largest margin added to the learned travel time.</summary>
        public const int MaxMarginMs = 30000;

        /// <summary>Longest auto-close delay (4 hours).</summary>
        public const int MaxAutoCloseMinutes = 240;

        /// <summary>Gets or sets the relay pulse length in milliseconds (250-1000).</summary>
        public int PulseMs { get; set; } = 500;

        /// <summary>Gets or sets the minimum gap between two pulses in milliseconds (500-10000).</summary>
        public int MinGapMs { get; set; } = 1500;

        /// <summary>Gets or sets the warning before a remote or automatic close in milliseconds (5000-30000).</summary>
        public int WarningMs { get; set; } = MinWarningMs;

        /// <summary>Gets or sets how long the door may take to leave its limit after a pulse (1000-10000 ms).</summary>
        public int DepartureTimeoutMs { get; set; } = 4000;

        /// <summary>Gets or sets the margin added to the learned travel time (1000-30000 ms).</summary>
        public int TravelMarginMs { get; set; } = 5000;

        /// <summary>Gets or sets minutes at the open limit before an automatic close (0 = off, up to 240).</summary>
        public int AutoCloseMinutes { get; set; }

        /// <summary>Gets or sets how the opener's button terminals behave.</summary>
        public OpenerKind Opener { get; set; } = OpenerKind.ToggleOnly;

        /// <summary>
        /// Gets whether <see cref="Opener"/> holds a defined value (checked before it is used).
        /// </summary>
        public bool HasValidOpener
        {
            get { return Opener == OpenerKind.ToggleOnly || Opener == OpenerKind.SeparateButtons; }
        }

        /// <summary>
        /// Returns a copy with every value inside its range.
        /// </summary>
        /// <returns>The clamped copy.</returns>
        public GarageSettings Clamped()
        {
            GarageSettings s = new GarageSettings();
            s.PulseMs = MonotonicTime.Clamp(PulseMs, MinPulseMs, MaxPulseMs);
            s.MinGapMs = MonotonicTime.Clamp(MinGapMs, MinGapFloorMs, MaxGapMs);
            s.WarningMs = MonotonicTime.Clamp(WarningMs, MinWarningMs, MaxWarningMs);
            s.DepartureTimeoutMs = MonotonicTime.Clamp(DepartureTimeoutMs, MinDepartureMs, MaxDepartureMs);
            s.TravelMarginMs = MonotonicTime.Clamp(TravelMarginMs, MinMarginMs, MaxMarginMs);
            s.AutoCloseMinutes = MonotonicTime.Clamp(AutoCloseMinutes, 0, MaxAutoCloseMinutes);
            s.Opener = Opener;
            return s;
        }
    }
}
