// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// What the inputs show: boot derivation, limit edges (departure and arrival, attributed to the
    /// move in flight or to Manual), obstruction, and manual runs that never arrive.
    /// </summary>
    public sealed partial class GarageController
    {
        private void SampleInputs(long now)
        {
            _closedLimit.Sample(now);
            _openLimit.Sample(now);
            bool obstructionChanged = _obstruction.Sample(now);

            DoorPosition before = _position;
            _position = DerivePosition();
            if (!_settled)
            {
                if (_position != DoorPosition.Unknown)
                {
                    _settled = true;
                    EnterDerivedState(ActorKind.System, 0, now);
                }

                return;
            }

            if (_position != before)
            {
                OnPositionChanged(before, now);
            }

            if (obstructionChanged && _obstruction.IsActive)
            {
                OnObstruction(now);
            }
        }

        private DoorPosition DerivePosition()
        {
            if (_closedLimit.Level == InputLevel.Unknown || _openLimit.Level == InputLevel.Unknown)
            {
                return DoorPosition.Unknown;
            }

            if (_closedLimit.IsActive)
            {
                return _openLimit.IsActive ? DoorPosition.Conflict : DoorPosition.AtClosed;
            }

            return _openLimit.IsActive ? DoorPosition.AtOpen : DoorPosition.Between;
        }

        // Boot and local reset: the state comes from the limits alone, the toggle phase from the limit's rest.
        private void EnterDerivedState(ActorKind cause, int causeId, long now)
        {
            _runTimed = false;
            DoorState next = DoorState.Unknown;
            switch (_position)
            {
                case DoorPosition.AtClosed:
                    _phase = TogglePhase.StoppedAfterDown;
                    next = DoorState.Closed;
                    break;
                case DoorPosition.AtOpen:
                    _phase = TogglePhase.StoppedAfterUp;
                    next = DoorState.Open;
                    break;
                case DoorPosition.Conflict:
                    EnterFault(GarageReason.LimitConflict, ActorKind.System, 0, now);
                    return;
                case DoorPosition.Between:
                case DoorPosition.Unknown:
                    _phase = TogglePhase.Unknown;
                    next = DoorState.Unknown;
                    break;
            }

            if (next == _state)
            {
                Emit(cause, causeId, now);
            }
            else
            {
                SetState(next, cause, causeId, now);
            }
        }

        private void OnPositionChanged(DoorPosition before, long now)
        {
            if (_position == DoorPosition.Conflict)
            {
                EnterFault(GarageReason.LimitConflict, ActorKind.System, 0, now);
                return;
            }

            if (before == DoorPosition.AtClosed)
            {
                OnDeparture(DoorEvent.LeftClosed, MotionDirection.Up, now);
            }
            else if (before == DoorPosition.AtOpen)
            {
                OnDeparture(DoorEvent.LeftOpen, MotionDirection.Down, now);
            }

            if (_position == DoorPosition.AtClosed)
            {
                OnArrival(DoorEvent.ReachedClosed, MotionDirection.Down, now);
            }
            else if (_position == DoorPosition.AtOpen)
            {
                OnArrival(DoorEvent.ReachedOpen, MotionDirection.Up, now);
            }
        }

        private void AdvanceManualRun(long now)
        {
            bool running = _state == DoorState.Opening || _state == DoorState.Closing;
            if (_move != MovePhase.Idle || !running || !_runTimed)
            {
                return;
            }

            if (_runDirection == MotionDirection.Up && OpenedWithoutOpenLimit(now, _runStartedAt))
            {
                _runTimed = false;
                OnArrival(DoorEvent.ReachedOpen, MotionDirection.Up, now);
                return;
            }

            TravelEstimator travel = _runDirection == MotionDirection.Up ? _travelUp : _travelDown;
            if (MonotonicTime.HasElapsed(now, _runStartedAt, (long)travel.EstimateMs + _settings.TravelMarginMs))
            {
                // Someone stopped it at the wall: the opener's cycle is now at rest after this run.
                _runTimed = false;
                _phase = ToggleCycle.RestAfter(_runDirection);
                Apply(DoorEvent.RunExpired, ActorKind.Manual, 0, now);
            }
        }

        private void OnDeparture(DoorEvent evt, MotionDirection direction, long now)
        {
            _runTimed = true;
            _runFromLimit = true;
            _runStartedAt = now;
            _runDirection = direction;
            _phase = ToggleCycle.Running(direction);

            if (_move == MovePhase.AwaitDeparture)
            {
                _move = MovePhase.Travelling;
                _markAt = now;
                _deadlineMs = TravelFor(direction) + _settings.TravelMarginMs;
                Apply(evt, _moveActor, _moveActorId, now);
                return;
            }

            // No press of ours is behind this: someone at the wall (or by hand). Our pending move is void.
            CancelMove();
            Apply(evt, ActorKind.Manual, 0, now);
        }

        private void OnArrival(DoorEvent evt, MotionDirection direction, long now)
        {
            if (_runTimed && _runFromLimit && _runDirection == direction)
            {
                (direction == MotionDirection.Up ? _travelUp : _travelDown).Learn(MonotonicTime.Elapsed(now, _runStartedAt));
            }

            _runTimed = false;
            _phase = ToggleCycle.RestAfter(direction);
            bool inFlight = _move == MovePhase.Travelling || _move == MovePhase.AwaitReversal
                || _move == MovePhase.AwaitDeparture;
            ActorKind cause = inFlight ? _moveActor : ActorKind.Manual;
            int causeId = inFlight ? _moveActorId : 0;

            if (_move == MovePhase.AwaitReversal && direction == MotionDirection.Up)
            {
                cause = ActorKind.System; // the opener's own reversal, not the close that was commanded
                causeId = 0;
            }
            else if (inFlight && direction != _target)
            {
                OnWrongLimit(evt, now);
                return;
            }
            else if (inFlight && direction == MotionDirection.Down && IsUnattended(_moveActor))
            {
                _unattendedObstructions = 0; // the rule counts consecutive obstructed closes
            }

            ClearMove();
            Apply(evt, cause, causeId, now);
            if (_state == DoorState.Open && _settings.AutoCloseMinutes > 0)
            {
                _autoCloseArmed = true;
                _autoCloseFrom = now;
            }
        }

        private void OnWrongLimit(DoorEvent evt, long now)
        {
            // Predicted the wrong way (or could not predict): the limit now tells the cycle, one more press is justified.
            bool expectedWrongWay = _predicted != _target;
            if (expectedWrongWay && _leg < MaxLegs && _settings.Opener == OpenerKind.ToggleOnly)
            {
                Apply(evt, _moveActor, _moveActorId, now);
                _leg++;
                _warning.End();
                _legReadyAt = now; // the wait before reversing: let the motor come to rest at the limit
                _legDelayMs = _settings.MinGapMs;
                PlanLeg(now);
                return;
            }

            ClearMove();
            if (expectedWrongWay)
            {
                Apply(evt, _moveActor, _moveActorId, now);
                EnterFault(GarageReason.WrongDirection, ActorKind.System, 0, now);
                return;
            }

            // The door went where we predicted, then came back: someone reversed it at the wall. No press.
            Apply(evt, ActorKind.Manual, 0, now);
        }

        private void OnObstruction(long now)
        {
            bool closing = _state == DoorState.Closing
                || ((_move == MovePhase.AwaitDeparture || _move == MovePhase.Travelling) && _target == MotionDirection.Down);
            if (_move == MovePhase.Warning || _move == MovePhase.PulsePending)
            {
                // Something is in the doorway before we pressed: do not close onto it.
                ClearMove();
                _obstructed = true;
                Emit(ActorKind.System, 0, now);
                return;
            }

            if (!closing)
            {
                return;
            }

            _obstructed = true;
            _phase = TogglePhase.MovingUp; // the opener reverses on its own
            bool commanded = _move == MovePhase.AwaitDeparture || _move == MovePhase.Travelling;
            if (commanded && IsUnattended(_moveActor))
            {
                _unattendedObstructions++;
                _suspended = _unattendedObstructions >= 2;
            }

            if (commanded && _position == DoorPosition.AtOpen)
            {
                ClearMove(); // the opener refused to start down: nothing to reverse
            }
            else if (commanded)
            {
                _move = MovePhase.AwaitReversal;
                _markAt = now;
                _deadlineMs = (long)_settings.DepartureTimeoutMs + _travelUp.EstimateMs + _settings.TravelMarginMs;
            }

            if (commanded)
            {
                _runTimed = false;
            }
            else
            {
                // The reversal is timed like a manual run up, but a partial run never teaches the travel time.
                _runFromLimit = false;
                _runStartedAt = now;
                _runDirection = MotionDirection.Up;
            }

            Emit(ActorKind.System, 0, now);
        }
    }
}
