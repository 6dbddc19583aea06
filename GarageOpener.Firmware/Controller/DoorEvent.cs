// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Something that moves the door's reported state: an observation of the limit switches, or a
    /// pulse the controller sent from rest between the limits (the only way to know a direction there).
    /// </summary>
    public enum DoorEvent : byte
    {
        /// <summary>The closed limit went inactive.</summary>
        LeftClosed = 0,

        /// <summary>The open limit went inactive.</summary>
        LeftOpen = 1,

        /// <summary>The closed limit went active.</summary>
        ReachedClosed = 2,

        /// <summary>The open limit went active.</summary>
        ReachedOpen = 3,

        /// <summary>A pulse from rest between the limits that the cycle predicts sends the door up.</summary>
        PulsedUp = 4,

        /// <summary>A pulse from rest between the limits that the cycle predicts sends the door down.</summary>
        PulsedDown = 5,

        /// <summary>A stop pulse went to a door between the limits.</summary>
        StopPulsed = 6,

        /// <summary>A run nobody commanded did not reach a limit within travel time plus margin.</summary>
        RunExpired = 7,
    }
}
