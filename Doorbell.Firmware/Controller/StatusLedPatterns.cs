// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// The status LED patterns, as data, one per <see cref="StatusLedMode"/>. Hardware docs and the owner
    /// tool describe them from this one table.
    /// </summary>
    public static class StatusLedPatterns
    {
        /// <summary>Idle: 50 ms blink every 5 s.</summary>
        public static readonly LedPattern Idle = new LedPattern(new int[] { 50, 4950 }, true);

        /// <summary>Offline: two 150 ms blinks every 2 s.</summary>
        public static readonly LedPattern Offline = new LedPattern(new int[] { 150, 150, 150, 1550 }, true);

        /// <summary>Ring acknowledged: on for 2 s, once.</summary>
        public static readonly LedPattern RingAcknowledged =
            new LedPattern(new int[] { DoorbellLimits.RingAcknowledgeMs }, false);

        /// <summary>Pairing window open: 5 Hz blink.</summary>
        public static readonly LedPattern PairingWindow = new LedPattern(new int[] { 100, 100 }, true);

        /// <summary>Setup button held through boot: 1 Hz blink, the warning before a reset.</summary>
        public static readonly LedPattern FactoryResetHold = new LedPattern(new int[] { 500, 500 }, true);

        /// <summary>Factory reset done: 10 Hz flicker.</summary>
        public static readonly LedPattern FactoryResetConfirmed = new LedPattern(new int[] { 50, 50 }, true);

        /// <summary>
        /// Returns the pattern shown in <paramref name="mode"/>; an unknown mode shows nothing.
        /// </summary>
        /// <param name="mode">The LED mode.</param>
        /// <returns>The pattern, or null for <see cref="StatusLedMode.Unknown"/>.</returns>
        public static LedPattern For(StatusLedMode mode)
        {
            switch (mode)
            {
                case StatusLedMode.Idle:
                    return Idle;
                case StatusLedMode.Offline:
                    return Offline;
                case StatusLedMode.RingAcknowledged:
                    return RingAcknowledged;
                case StatusLedMode.PairingWindow:
                    return PairingWindow;
                case StatusLedMode.FactoryResetHold:
                    return FactoryResetHold;
                case StatusLedMode.FactoryResetConfirmed:
                    return FactoryResetConfirmed;
                default:
                    return null;
            }
        }
    }
}
