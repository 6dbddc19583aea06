// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The garage opener's result and fault codes: the one place they are defined. 0x00 is success,
    /// 0x01-0x3F belong to the protocol, 0x40-0x4F are refusals of a command, 0x50-0x5F are fault reasons.
    /// </summary>
    public static class GarageReason
    {
        /// <summary>The command was carried out (or there was nothing to do).</summary>
        public const byte Done = 0x00;

        /// <summary>Open refused: the door is already at the open limit.</summary>
        public const byte AlreadyOpen = 0x40;

        /// <summary>Close refused: the door is already at the closed limit.</summary>
        public const byte AlreadyClosed = 0x41;

        /// <summary>Open refused: vacation lockout is on and the sender is not an admin.</summary>
        public const byte LockedOut = 0x42;

        /// <summary>The command needs an admin key.</summary>
        public const byte NotPermitted = 0x43;

        /// <summary>Close refused: the closed-limit switch is not trustworthy (unsettled or in conflict).</summary>
        public const byte ClosedLimitUntrusted = 0x44;

        /// <summary>Close refused: two obstructions during unattended closes; a local reset is needed.</summary>
        public const byte UnattendedCloseSuspended = 0x45;

        /// <summary>Refused: the controller is in Fault; a local reset is needed.</summary>
        public const byte InFault = 0x46;

        /// <summary>Refused: the door is moving the other way, or settings change while a move is in flight.</summary>
        public const byte InMotion = 0x47;

        /// <summary>Close refused: the obstruction input is active right now.</summary>
        public const byte ObstructionActive = 0x48;

        /// <summary>Refused: the limit switches have not settled since boot.</summary>
        public const byte SensorsSettling = 0x49;

        /// <summary>Settings refused: a value cannot be used (unknown opener kind, missing relay).</summary>
        public const byte InvalidSetting = 0x4A;

        /// <summary>Fault: after a pulse the door did not leave its limit within the departure timeout.</summary>
        public const byte DepartureTimeout = 0x50;

        /// <summary>Fault: the door did not reach the other limit within the learned travel time plus margin.</summary>
        public const byte ArrivalTimeout = 0x51;

        /// <summary>Fault: both limit switches active at once.</summary>
        public const byte LimitConflict = 0x52;

        /// <summary>Fault: after an obstruction the opener was not seen reversing to the open limit.</summary>
        public const byte ReversalNotObserved = 0x53;

        /// <summary>Fault: a toggle-only opener ended at the wrong limit after its last permitted pulse.</summary>
        public const byte WrongDirection = 0x54;
    }
}
