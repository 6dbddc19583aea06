// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Indicators;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Which status LED pattern each <see cref="StatusLedMode"/> shows: the shared patterns of
    /// <see cref="StatusLedPatterns"/> plus the doorbell's own ring acknowledgement.
    /// </summary>
    public static class DoorbellLedPatterns
    {
        /// <summary>Ring acknowledged: on for <see cref="DoorbellLimits.RingAcknowledgeMs"/>, once.</summary>
        public static readonly LedPattern RingAcknowledged =
            new LedPattern(new int[] { DoorbellLimits.RingAcknowledgeMs }, false);

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
                    return StatusLedPatterns.Idle;
                case StatusLedMode.Offline:
                    return StatusLedPatterns.Offline;
                case StatusLedMode.RingAcknowledged:
                    return RingAcknowledged;
                case StatusLedMode.PairingWindow:
                    return StatusLedPatterns.PairingWindow;
                case StatusLedMode.FactoryResetHold:
                    return StatusLedPatterns.FactoryResetHold;
                case StatusLedMode.FactoryResetConfirmed:
                    return StatusLedPatterns.FactoryResetConfirmed;
                default:
                    return null;
            }
        }
    }
}
