// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Admin commands (vacation lockout, settings), settings restored at boot, and the local reset.
    /// </summary>
    public sealed partial class GarageController
    {
        /// <summary>
        /// Turns vacation lockout on or off (admin only).
        /// </summary>
        /// <param name="locked"><c>true</c> to refuse remote opens by non-admins.</param>
        /// <param name="actor">Who sent it.</param>
        /// <param name="actorId">The key id.</param>
        /// <param name="isAdmin">Whether the key is an admin key.</param>
        /// <param name="now">The current time.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte SetLocked(bool locked, ActorKind actor, int actorId, bool isAdmin, long now)
        {
            lock (_sync)
            {
                if (!isAdmin)
                {
                    return GarageReason.NotPermitted;
                }

                RestartAutoClose(now);
                if (_locked != locked)
                {
                    _locked = locked;
                    Emit(actor, actorId, now);
                }

                return GarageReason.Done;
            }
        }

        /// <summary>
        /// Applies new settings (admin only), each value clamped to its safe range; read back the effective
        /// values from <see cref="Settings"/>.
        /// </summary>
        /// <param name="requested">The requested values.</param>
        /// <param name="actor">Who sent it.</param>
        /// <param name="actorId">The key id.</param>
        /// <param name="isAdmin">Whether the key is an admin key.</param>
        /// <param name="now">The current time.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte ApplySettings(GarageSettings requested, ActorKind actor, int actorId, bool isAdmin, long now)
        {
            lock (_sync)
            {
                if (!isAdmin)
                {
                    return GarageReason.NotPermitted;
                }

                byte refusal = SettingsRefusal(requested);
                if (refusal != GarageReason.Done)
                {
                    return refusal;
                }

                _settings = requested.Clamped();
                _autoCloseArmed = _state == DoorState.Open && _settings.AutoCloseMinutes > 0;
                _autoCloseFrom = now;
                return GarageReason.Done;
            }
        }

        /// <summary>
        /// Restores saved settings at boot (called by the runtime, not by a command): validated and clamped
        /// like <see cref="ApplySettings"/>, but it never arms auto-close, so a reboot cannot start a close.
        /// </summary>
        /// <param name="saved">The saved values.</param>
        /// <returns>A <see cref="GarageReason"/> code.</returns>
        public byte RestoreSettings(GarageSettings saved)
        {
            lock (_sync)
            {
                byte refusal = SettingsRefusal(saved);
                if (refusal == GarageReason.Done)
                {
                    _settings = saved.Clamped();
                }

                return refusal;
            }
        }

        /// <summary>
        /// The local reset from the setup button: clears a Fault, the obstruction flag and the
        /// two-obstruction suspension, and derives the state from the limits again. Never actuates.
        /// </summary>
        /// <param name="now">The current time.</param>
        public void LocalReset(long now)
        {
            lock (_sync)
            {
                _unattendedObstructions = 0;
                _suspended = false;
                _obstructed = false;
                if (_state == DoorState.Fault)
                {
                    ClearMove();
                    _faultReason = GarageReason.Done;
                    EnterDerivedState(ActorKind.LocalButton, 0, now);
                }
                else
                {
                    Emit(ActorKind.LocalButton, 0, now);
                }
            }
        }

        private byte SettingsRefusal(GarageSettings requested)
        {
            if (requested == null || !requested.HasValidOpener)
            {
                return GarageReason.InvalidSetting;
            }

            if (requested.Opener == OpenerKind.SeparateButtons
                && (!_pulser.HasChannel(RelayChannel.Close) || !_pulser.HasChannel(RelayChannel.Stop)))
            {
                return GarageReason.InvalidSetting;
            }

            return _move != MovePhase.Idle || _pendingStop ? GarageReason.InMotion : GarageReason.Done;
        }
    }
}
