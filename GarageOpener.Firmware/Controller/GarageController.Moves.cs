// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// Moves the controller commands and their verification: warning, pulse, departure, arrival,
    /// and the toggle-only opener's second pulse, which is sent only after an observation justifies it.
    /// </summary>
    public sealed partial class GarageController
    {
        // A toggle-only opener may need one press to step its cycle and one to move; never more.
        private const int MaxLegs = 2;

        private MovePhase _move = MovePhase.Idle;
        private MotionDirection _target;
        private MotionDirection _predicted;
        private ActorKind _moveActor;
        private int _moveActorId;
        private int _leg;
        private long _markAt;
        private long _deadlineMs;
        private long _legReadyAt;
        private int _legDelayMs;
        private bool _pendingStop;
        private ActorKind _stopActor;
        private int _stopActorId;

        private enum MovePhase
        {
            Idle,
            Warning,
            PulsePending,
            AwaitDeparture,
            Travelling,
            AwaitReversal,
        }

        private bool IsUnattended(ActorKind actor)
        {
            return actor == ActorKind.Owner || actor == ActorKind.Guest || actor == ActorKind.AutoClose;
        }

        private void BeginMove(MotionDirection target, ActorKind actor, int actorId, long now)
        {
            _target = target;
            _moveActor = actor;
            _moveActorId = actorId;
            _leg = 1;
            _obstructed = false;
            _legDelayMs = 0;
            PlanLeg(now);

            // Every move reports at once with the same snapshot shape, whether its pulse waits for the close
            // warning or not: the first event after a command does not tell an open from a close on the wire.
            Emit(actor, actorId, now);
        }

        // Decides the next press from what was observed; any press that might send the door down is warned.
        private void PlanLeg(long now)
        {
            _predicted = _settings.Opener == OpenerKind.SeparateButtons ? _target : ToggleCycle.Predict(_phase);
            bool mayGoDown = _target == MotionDirection.Down
                || (_position != DoorPosition.AtClosed && _predicted != MotionDirection.Up);
            if (mayGoDown)
            {
                _warning.Begin();
                _move = MovePhase.Warning;
            }
            else
            {
                _move = MovePhase.PulsePending;
                TrySendMovePulse(now);
            }
        }

        private void AdvanceMove(long now)
        {
            if (_pendingStop)
            {
                TrySendStopPulse(now);
                return;
            }

            switch (_move)
            {
                case MovePhase.Idle:
                    break;
                case MovePhase.Warning:
                    if (_warning.HasWarned(now, _settings.WarningMs))
                    {
                        _move = MovePhase.PulsePending;
                        TrySendMovePulse(now);
                    }

                    break;
                case MovePhase.PulsePending:
                    TrySendMovePulse(now);
                    break;
                case MovePhase.AwaitDeparture:
                    if (MonotonicTime.HasElapsed(now, _markAt, _settings.DepartureTimeoutMs))
                    {
                        OnNoDeparture(now);
                    }

                    break;
                case MovePhase.Travelling:
                    if (OpenedWithoutOpenLimit(now, _markAt))
                    {
                        _runTimed = false;
                        OnArrival(DoorEvent.ReachedOpen, MotionDirection.Up, now);
                    }
                    else if (MonotonicTime.HasElapsed(now, _markAt, _deadlineMs))
                    {
                        EnterFault(GarageReason.ArrivalTimeout, ActorKind.System, 0, now);
                    }

                    break;
                case MovePhase.AwaitReversal:
                    if (MonotonicTime.HasElapsed(now, _markAt, _deadlineMs))
                    {
                        EnterFault(GarageReason.ReversalNotObserved, ActorKind.System, 0, now);
                    }

                    break;
            }
        }

        private void TrySendMovePulse(long now)
        {
            RelayChannel channel = RelayChannel.Primary;
            if (_settings.Opener == OpenerKind.SeparateButtons && _target == MotionDirection.Down)
            {
                channel = RelayChannel.Close;
            }

            bool settled = _legDelayMs == 0 || MonotonicTime.HasElapsed(now, _legReadyAt, _legDelayMs);
            if (!settled || !_pulser.TryPulse(channel, _settings.PulseMs, _settings.MinGapMs, now))
            {
                return; // waiting for the door to settle, or for the gap after the previous pulse
            }

            if (_settings.Opener == OpenerKind.ToggleOnly)
            {
                _phase = ToggleCycle.Next(_phase);
            }

            _markAt = now;
            _warning.MarkMoving();
            if (_position == DoorPosition.AtClosed || _position == DoorPosition.AtOpen)
            {
                _move = MovePhase.AwaitDeparture;
                return;
            }

            // From rest between the limits nothing can be seen leaving: only the arrival verifies the move.
            _move = MovePhase.Travelling;
            _deadlineMs = (long)_settings.DepartureTimeoutMs + TravelFor(_predicted) + _settings.TravelMarginMs;
            _runTimed = false;
            if (_predicted != MotionDirection.None)
            {
                Apply(_predicted == MotionDirection.Up ? DoorEvent.PulsedUp : DoorEvent.PulsedDown,
                    _moveActor, _moveActorId, now);
            }
        }

        // Without an open-limit switch the only evidence of Open is a departure up plus the learned travel time.
        private bool OpenedWithoutOpenLimit(long now, long since)
        {
            return !_openLimit.IsFitted && _state == DoorState.Opening
                && MonotonicTime.HasElapsed(now, since, _travelUp.EstimateMs);
        }

        private long TravelFor(MotionDirection direction)
        {
            if (direction == MotionDirection.Up)
            {
                return _travelUp.EstimateMs;
            }

            if (direction == MotionDirection.Down)
            {
                return _travelDown.EstimateMs;
            }

            return _travelUp.EstimateMs > _travelDown.EstimateMs ? _travelUp.EstimateMs : _travelDown.EstimateMs;
        }

        private void OnNoDeparture(long now)
        {
            // Justified second press: the cycle predicted no motion at this limit, and none was seen.
            bool expectedStill = _predicted != _target;
            if (expectedStill && _leg < MaxLegs && _settings.Opener == OpenerKind.ToggleOnly)
            {
                _phase = _position == DoorPosition.AtClosed ? TogglePhase.StoppedAfterDown : TogglePhase.StoppedAfterUp;
                _leg++;
                PlanLeg(now);
                return;
            }

            EnterFault(GarageReason.DepartureTimeout, ActorKind.System, 0, now);
        }

        private void TrySendStopPulse(long now)
        {
            RelayChannel channel = _settings.Opener == OpenerKind.SeparateButtons ? RelayChannel.Stop : RelayChannel.Primary;
            if (!_pulser.TryPulse(channel, _settings.PulseMs, _settings.MinGapMs, now))
            {
                return;
            }

            _pendingStop = false;
            if (_settings.Opener == OpenerKind.ToggleOnly && ToggleCycle.MotionOf(_phase) != MotionDirection.None)
            {
                _phase = ToggleCycle.Next(_phase);
            }

            ClearMove();
            _runTimed = false;
            Apply(DoorEvent.StopPulsed, _stopActor, _stopActorId, now);
        }

        // Abandons a move that has not pressed the relay yet (the door was moved, or a command replaced it).
        private void CancelMove()
        {
            if (_move == MovePhase.Warning || _move == MovePhase.PulsePending)
            {
                ClearMove();
            }
        }

        private void ClearMove()
        {
            _move = MovePhase.Idle;
            _pendingStop = false;
            _warning.End();
        }
    }
}
