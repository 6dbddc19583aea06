// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The commands. Each one is called after the protocol layer authenticated the sender, checks in
    /// a fixed order, changes nothing when it refuses, and returns a <see cref="GarageReason"/> code.
    /// </summary>
    public sealed partial class GarageController
    {
        /// <summary>
        /// Opens the door. Refused at the open limit, in Fault, and for non-admins during vacation lockout.
        /// </summary>
        /// <param name="actor">Who sent it (Owner or Guest for remote commands).</param>
        /// <param name="actorId">The key id or pass id.</param>
        /// <param name="isAdmin">Whether the key is an admin key.</param>
        /// <param name="now">The current time.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte Open(ActorKind actor, int actorId, bool isAdmin, long now)
        {
            lock (_sync)
            {
                byte common = CommonRefusal();
                if (common != GarageReason.Done)
                {
                    return common;
                }

                if (_locked && !isAdmin && actor != ActorKind.LocalButton)
                {
                    return GarageReason.LockedOut;
                }

                RestartAutoClose(now);
                if (_move != MovePhase.Idle && _target == MotionDirection.Up)
                {
                    return GarageReason.Done;
                }

                bool cancelledClose = _move == MovePhase.Warning || _move == MovePhase.PulsePending;
                if (cancelledClose)
                {
                    ClearMove(); // an open replaces a close that has not pressed the relay yet
                }

                if (_move != MovePhase.Idle || _state == DoorState.Closing)
                {
                    return GarageReason.InMotion;
                }

                if (_state == DoorState.Open)
                {
                    return cancelledClose ? GarageReason.Done : GarageReason.AlreadyOpen;
                }

                if (_state == DoorState.Opening)
                {
                    return GarageReason.Done;
                }

                // A toggle press from here may first send the door down: then every close rule applies.
                if (_settings.Opener == OpenerKind.ToggleOnly && _position != DoorPosition.AtClosed
                    && ToggleCycle.Predict(_phase) != MotionDirection.Up)
                {
                    byte closeRefusal = CloseRefusal();
                    if (closeRefusal != GarageReason.Done)
                    {
                        return closeRefusal;
                    }
                }

                BeginMove(MotionDirection.Up, actor, actorId, now);
                return GarageReason.Done;
            }
        }

        /// <summary>
        /// Closes the door after the full warning. Refused at the closed limit, while the closed limit is
        /// untrusted, while the obstruction input is active, and after two unattended obstructions.
        /// </summary>
        /// <param name="actor">Who sent it.</param>
        /// <param name="actorId">The key id or pass id.</param>
        /// <param name="isAdmin">Whether the key is an admin key.</param>
        /// <param name="now">The current time.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte Close(ActorKind actor, int actorId, bool isAdmin, long now)
        {
            lock (_sync)
            {
                byte refusal = CloseRefusal();
                if (refusal != GarageReason.Done)
                {
                    return refusal;
                }

                if (_move != MovePhase.Idle && _target == MotionDirection.Down)
                {
                    return GarageReason.Done;
                }

                if (_move == MovePhase.Warning || _move == MovePhase.PulsePending)
                {
                    ClearMove();
                }

                if (_move != MovePhase.Idle || _state == DoorState.Opening)
                {
                    return GarageReason.InMotion;
                }

                if (_state == DoorState.Closed)
                {
                    return GarageReason.AlreadyClosed;
                }

                if (_state == DoorState.Closing)
                {
                    return GarageReason.Done;
                }

                BeginMove(MotionDirection.Down, actor, actorId, now);
                return GarageReason.Done;
            }
        }

        /// <summary>
        /// Stops the door: cancels a close still in its warning, or presses stop while the door moves.
        /// Never refused by lockout or suspension. Also cancels auto-close until the door next moves.
        /// </summary>
        /// <param name="actor">Who sent it.</param>
        /// <param name="actorId">The key id or pass id.</param>
        /// <param name="isAdmin">Whether the key is an admin key.</param>
        /// <param name="now">The current time.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte Stop(ActorKind actor, int actorId, bool isAdmin, long now)
        {
            lock (_sync)
            {
                if (!_settled)
                {
                    return GarageReason.SensorsSettling;
                }

                _autoCloseArmed = false;
                if (_move == MovePhase.Warning || _move == MovePhase.PulsePending)
                {
                    ClearMove();
                    return GarageReason.Done;
                }

                // In Fault nothing is known about the motor: a toggle press could just as well start the door,
                // so only a dedicated stop relay is pressed.
                if (_state == DoorState.Fault)
                {
                    if (_settings.Opener == OpenerKind.ToggleOnly)
                    {
                        return GarageReason.InFault;
                    }
                }
                else if (_move == MovePhase.Idle && _state != DoorState.Opening && _state != DoorState.Closing)
                {
                    return GarageReason.Done;
                }

                _pendingStop = true;
                _stopActor = actor;
                _stopActorId = actorId;
                TrySendStopPulse(now);
                return GarageReason.Done;
            }
        }

        private byte CommonRefusal()
        {
            if (!_settled)
            {
                return GarageReason.SensorsSettling;
            }

            return _state == DoorState.Fault ? GarageReason.InFault : GarageReason.Done;
        }

        // Rules for any press that may send the door down without someone at the wall.
        private byte CloseRefusal()
        {
            bool limitFault = _state == DoorState.Fault && _faultReason == GarageReason.LimitConflict;
            if (_closedLimit.Level == InputLevel.Unknown || _position == DoorPosition.Conflict || limitFault)
            {
                return GarageReason.ClosedLimitUntrusted;
            }

            byte common = CommonRefusal();
            if (common != GarageReason.Done)
            {
                return common;
            }

            if (_suspended)
            {
                return GarageReason.UnattendedCloseSuspended;
            }

            return _obstruction.IsActive ? GarageReason.ObstructionActive : GarageReason.Done;
        }

        private void RestartAutoClose(long now)
        {
            _autoCloseFrom = now;
        }
    }
}
