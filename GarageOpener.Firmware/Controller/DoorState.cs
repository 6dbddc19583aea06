// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The door as the controller believes it to be, derived from the limit switches and from the
    /// pulses it sent. It starts at <see cref="Unknown"/> on every boot and is never restored from storage,
    /// so a reboot cannot make the reported state drift from the real door.
    /// </summary>
    public enum DoorState : byte
    {
        /// <summary>Not known yet: at boot before the limits settle, or between the limits with no history.</summary>
        Unknown = 0,

        /// <summary>The closed-limit switch is active.</summary>
        Closed = 1,

        /// <summary>The door left the closed limit (or a pulse from rest sent it up).</summary>
        Opening = 2,

        /// <summary>The open-limit switch is active.</summary>
        Open = 3,

        /// <summary>The door left the open limit (or a pulse from rest sent it down).</summary>
        Closing = 4,

        /// <summary>Stopped between the limits by a stop command or by a run that never arrived.</summary>
        Stopped = 5,

        /// <summary>The door did not do what was commanded, or the sensors contradict each other.</summary>
        Fault = 6,
    }
}
