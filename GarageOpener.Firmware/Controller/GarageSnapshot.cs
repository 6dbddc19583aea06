// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The door's reported status at one instant: what a status command answers and what every
    /// state-change event carries.
    /// </summary>
    public sealed class GarageSnapshot
    {
        /// <summary>Gets or sets the door state.</summary>
        public DoorState State { get; set; }

        /// <summary>Gets or sets whether an obstruction was seen during the last close (cleared by the next move or a local reset).</summary>
        public bool Obstructed { get; set; }

        /// <summary>Gets or sets whether vacation lockout is on (remote opens by non-admins refused).</summary>
        public bool Locked { get; set; }

        /// <summary>Gets or sets whether remote and automatic closes are suspended after two obstructions.</summary>
        public bool UnattendedCloseSuspended { get; set; }

        /// <summary>Gets or sets the fault reason (a <see cref="GarageReason"/> code, 0 when not in Fault).</summary>
        public byte FaultReason { get; set; }

        /// <summary>Gets or sets who caused the last state change.</summary>
        public ActorKind LastCause { get; set; }

        /// <summary>Gets or sets the id of that cause (key id, pass id; 0 when none).</summary>
        public int LastCauseId { get; set; }

        /// <summary>Gets or sets the milliseconds spent in the current state.</summary>
        public long MillisecondsInState { get; set; }

        /// <summary>Gets or sets the direction of the move the controller has in flight (None when idle).</summary>
        public MotionDirection Commanded { get; set; }

        /// <summary>Gets or sets whether the close warning (light and buzzer) is running.</summary>
        public bool WarningActive { get; set; }

        /// <summary>Gets or sets the debounced closed-limit level.</summary>
        public InputLevel ClosedLimit { get; set; }

        /// <summary>Gets or sets the debounced open-limit level (Inactive when not fitted).</summary>
        public InputLevel OpenLimit { get; set; }
    }
}
