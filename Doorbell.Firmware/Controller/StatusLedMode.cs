// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// What the status LED shows, highest priority last.
    /// </summary>
    public enum StatusLedMode
    {
        /// <summary>Not decided yet (before the first poll).</summary>
        Unknown = 0,

        /// <summary>Online, nothing happening: a short blink every few seconds (alive).</summary>
        Idle = 1,

        /// <summary>No connection to the broker: a slow double blink.</summary>
        Offline = 2,

        /// <summary>A ring was accepted: lit steadily for a moment (the visitor sees it worked).</summary>
        RingAcknowledged = 3,

        /// <summary>The pairing window is open: fast blink.</summary>
        PairingWindow = 4,

        /// <summary>The setup button is held through boot: the reset is coming, let go to cancel.</summary>
        FactoryResetHold = 5,

        /// <summary>The device was wiped: very fast flicker until it restarts.</summary>
        FactoryResetConfirmed = 6,
    }
}
