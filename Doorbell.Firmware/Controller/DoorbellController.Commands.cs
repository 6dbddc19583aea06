// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Owner commands. Each takes the authenticated caller (from the protocol layer) and returns a
    /// <see cref="DoorbellReason"/> code; a refused command changes nothing.
    /// </summary>
    public sealed partial class DoorbellController
    {
        /// <summary>
        /// Mutes the chime for <paramref name="minutes"/> (1 to <see cref="DoorbellLimits.MuteMaxMinutes"/>).
        /// </summary>
        /// <param name="minutes">The mute length.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte Mute(int minutes, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason != DoorbellReason.Done)
                {
                    return reason;
                }

                return _silencer.Mute(minutes, now) ? DoorbellReason.Done : DoorbellReason.MuteDurationOutOfRange;
            }
        }

        /// <summary>
        /// Ends a mute at once.
        /// </summary>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte Unmute(ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason == DoorbellReason.Done)
                {
                    _silencer.Unmute();
                }

                return reason;
            }
        }

        /// <summary>
        /// Turns do-not-disturb on (silent until turned off) or off.
        /// </summary>
        /// <param name="on"><c>true</c> for quiet.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte SetDoNotDisturb(bool on, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason == DoorbellReason.Done)
                {
                    _silencer.SetDoNotDisturb(on);
                }

                return reason;
            }
        }

        /// <summary>
        /// Plays the configured chime pattern once, even when muted: the owner asked for the sound.
        /// </summary>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte ChimeTest(ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason == DoorbellReason.Done)
                {
                    _chime.Play(ChimePattern.ForIndex(_settings.ChimePatternIndex), now);
                }

                return reason;
            }
        }

        /// <summary>
        /// Pulses the camera trigger (take a snapshot).
        /// </summary>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte Snapshot(ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason == DoorbellReason.Done)
                {
                    _camera.Pulse(now, _settings.CameraPulseMs);
                }

                return reason;
            }
        }

        /// <summary>
        /// Releases the door strike for <paramref name="seconds"/> (1-10). Owners may; a guest only when the
        /// protocol layer found that their pass allows it. A repeat call restarts the time, never adds to it.
        /// </summary>
        /// <param name="seconds">How long the door stays unlocked.</param>
        /// <param name="guestPassAllowsUnlock">For a guest: whether their verified pass grants unlocking.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte UnlockStrike(int seconds, bool guestPassAllowsUnlock, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwnerOrGuest(actor, guestPassAllowsUnlock);
                if (reason != DoorbellReason.Done)
                {
                    return reason;
                }

                if (_strike == null)
                {
                    return DoorbellReason.StrikeNotFitted;
                }

                if (seconds < DoorbellLimits.StrikeMinSeconds || seconds > DoorbellLimits.StrikeMaxSeconds)
                {
                    return DoorbellReason.StrikeDurationOutOfRange;
                }

                _strikeActor = actor;
                _strikeActorId = actorId;
                _strike.Pulse(now, seconds * 1000);
                return DoorbellReason.Done;
            }
        }

        /// <summary>
        /// Locks the door strike at once. Anyone allowed to unlock may lock.
        /// </summary>
        /// <param name="guestPassAllowsUnlock">For a guest: whether their verified pass grants unlocking.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte LockStrike(bool guestPassAllowsUnlock, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwnerOrGuest(actor, guestPassAllowsUnlock);
                if (reason != DoorbellReason.Done)
                {
                    return reason;
                }

                if (_strike == null)
                {
                    return DoorbellReason.StrikeNotFitted;
                }

                _strike.Off();
                return DoorbellReason.Done;
            }
        }

        /// <summary>
        /// Fills <paramref name="into"/> with the current state.
        /// </summary>
        /// <param name="into">The caller's snapshot object.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte Status(DoorbellSnapshot into, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason != DoorbellReason.Done)
                {
                    return reason;
                }

                if (into == null)
                {
                    return DoorbellReason.StatusTargetMissing;
                }

                FillSnapshot(into, now);
                return DoorbellReason.Done;
            }
        }

        /// <summary>
        /// Replaces the settings with a clamped copy of <paramref name="requested"/>.
        /// </summary>
        /// <param name="requested">The new settings.</param>
        /// <param name="actor">Who asks.</param>
        /// <param name="actorId">The caller's key or pass id.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>Done, or why not.</returns>
        public byte ApplySettings(DoorbellSettings requested, ActorKind actor, int actorId, long now)
        {
            lock (_sync)
            {
                byte reason = CheckOwner(actor);
                if (reason != DoorbellReason.Done)
                {
                    return reason;
                }

                if (requested == null || !requested.IsValid())
                {
                    return DoorbellReason.SettingsInvalid;
                }

                DoorbellSettings next = requested.Clone();
                next.Clamp();
                CopySettings(next);
                return DoorbellReason.Done;
            }
        }

        /// <summary>
        /// Returns a copy of the settings in force (for the runtime to persist or report).
        /// </summary>
        /// <returns>The copy.</returns>
        public DoorbellSettings GetSettings()
        {
            lock (_sync)
            {
                return _settings.Clone();
            }
        }

        private void CopySettings(DoorbellSettings next)
        {
            _settings.CopyFrom(next);
            _button.Configure(_settings.DebounceMs, _settings.MinPressMs, 0);
            _limiter.Configure(_settings.RingBurst, _settings.RingRefillMs);
            if (_motion != null)
            {
                _motion.Configure(_settings.MotionIntervalMs);
            }
        }

        private void FillSnapshot(DoorbellSnapshot into, long now)
        {
            into.Online = _outbox.Online;
            into.Muted = _silencer.IsMuted(now);
            into.MuteRemainingMs = _silencer.MuteRemainingMs(now);
            into.DoNotDisturb = _silencer.DoNotDisturb;
            into.ChimeEnabled = _settings.ChimeEnabled;
            into.ChimePlaying = _chime.IsPlaying;
            into.CameraTriggered = _camera.IsOn;
            into.StrikeFitted = _strike != null;
            into.StrikeUnlocked = _strike != null && _strike.IsOn;
            into.StrikeRemainingMs = _strike == null ? 0 : _strike.RemainingMs(now);
            into.StrikeActor = _strikeActor;
            into.StrikeActorId = _strikeActorId;
            into.MotionFitted = _motion != null;
            into.LastSequence = _sequence;
            into.SuppressedPresses = _limiter.Suppressed;
            into.QueuedEvents = _outbox.Count;
            into.DroppedEvents = _outbox.Dropped;
            into.FailedDeliveries = _outbox.FailedDeliveries;
            into.LedMode = _ledMode;
        }

        private byte CheckOwner(ActorKind actor)
        {
            if (_setup.IsResetConfirmed)
            {
                return DoorbellReason.FactoryResetInProgress;
            }

            if (actor == ActorKind.Owner)
            {
                return DoorbellReason.Done;
            }

            return actor == ActorKind.Guest ? DoorbellReason.GuestNotAllowed : DoorbellReason.ActorNotAllowed;
        }

        private byte CheckOwnerOrGuest(ActorKind actor, bool guestPassAllowsUnlock)
        {
            if (actor == ActorKind.Guest && guestPassAllowsUnlock && !_setup.IsResetConfirmed)
            {
                return DoorbellReason.Done;
            }

            return CheckOwner(actor);
        }
    }
}
