// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Indicators
{
    /// <summary>
    /// The status LED patterns both devices show, as data, so that a maker reads the same blink the same
    /// way on either device. Hardware docs describe them from this one table.
    /// </summary>
    public static class StatusLedPatterns
    {
        /// <summary>Online, nothing happening: 50 ms blink every 5 s (alive).</summary>
        public static readonly LedPattern Idle = new LedPattern(new int[] { 50, 4950 }, true);

        /// <summary>No connection to the broker: two 150 ms blinks every 2 s.</summary>
        public static readonly LedPattern Offline = new LedPattern(new int[] { 150, 150, 150, 1550 }, true);

        /// <summary>Pairing window open: 5 Hz blink.</summary>
        public static readonly LedPattern PairingWindow = new LedPattern(new int[] { 100, 100 }, true);

        /// <summary>Setup button held through boot: 1 Hz blink, the warning before a factory reset.</summary>
        public static readonly LedPattern FactoryResetHold = new LedPattern(new int[] { 500, 500 }, true);

        /// <summary>Factory reset done: 10 Hz flicker until the device restarts.</summary>
        public static readonly LedPattern FactoryResetConfirmed = new LedPattern(new int[] { 50, 50 }, true);

        /// <summary>A fault that needs someone on site (a local reset): lit steadily.</summary>
        public static readonly LedPattern Fault = new LedPattern(new int[] { 1000 }, true);
    }
}
