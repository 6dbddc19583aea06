// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Audit;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The garage door controller: reported state from the limit switches, commands from owners,
    /// verified actuation, the close warning and the obstruction rules. Portable: it sees inputs and
    /// outputs through the platform seam and takes time as <c>now</c>. This file holds the state,
    /// the poll loop and the observations; commands and moves live in the other two parts.
    /// </summary>
    public sealed partial class GarageController
    {
        private readonly object _sync = new object();
        private readonly DebouncedInput _closedLimit;
        private readonly DebouncedInput _openLimit;
        private readonly DebouncedInput _obstruction;
        private readonly RelayPulser _pulser;
        private readonly WarningSignal _warning;
        private readonly IGarageEventSink _sink;
        private readonly TravelEstimator _travelUp = new TravelEstimator();
        private readonly TravelEstimator _travelDown = new TravelEstimator();
        private GarageSettings _settings = new GarageSettings();

        private DoorState _state = DoorState.Unknown;
        private long _stateSince;
        private ActorKind _cause = ActorKind.System;
        private int _causeId;
        private byte _faultReason;
        private bool _settled;
        private DoorPosition _position = DoorPosition.Unknown;
        private TogglePhase _phase = TogglePhase.Unknown;
        private bool _obstructed;
        private int _unattendedObstructions;
        private bool _suspended;
        private bool _locked;
        private int _sinkFailures;

        // The last observed run from one limit: learns travel time and ends a manual run that never arrives.
        private bool _runTimed;
        private bool _runFromLimit;
        private long _runStartedAt;
        private MotionDirection _runDirection;

        private bool _autoCloseArmed;
        private long _autoCloseFrom;

        /// <summary>
        /// Creates the controller. It starts Unknown and never actuates on its own at boot: the state is
        /// derived from the limit switches once they have settled.
        /// </summary>
        /// <param name="closedLimit">The closed-limit reed switch (required).</param>
        /// <param name="openLimit">The open-limit reed switch, or <c>null</c> when not fitted.</param>
        /// <param name="obstruction">The obstruction input (photo-eye), or <c>null</c> when not fitted.</param>
        /// <param name="pulser">The relay pulser.</param>
        /// <param name="warning">The warning light and buzzer.</param>
        /// <param name="sink">Where state changes go, or <c>null</c>.</param>
        public GarageController(IDigitalInput closedLimit, IDigitalInput openLimit, IDigitalInput obstruction,
            RelayPulser pulser, WarningSignal warning, IGarageEventSink sink)
        {
            if (closedLimit == null || pulser == null || warning == null)
            {
                throw new ArgumentNullException();
            }

            _closedLimit = new DebouncedInput(closedLimit);
            _openLimit = new DebouncedInput(openLimit);
            _obstruction = new DebouncedInput(obstruction);
            _pulser = pulser;
            _warning = warning;
            _sink = sink;
        }

        /// <summary>Gets a copy of the effective (clamped) settings.</summary>
        public GarageSettings Settings
        {
            get { return _settings.Clamped(); }
        }

        /// <summary>Gets the learned opening time in milliseconds.</summary>
        public int TravelUpMs
        {
            get { return _travelUp.EstimateMs; }
        }

        /// <summary>Gets the learned closing time in milliseconds.</summary>
        public int TravelDownMs
        {
            get { return _travelDown.EstimateMs; }
        }

        /// <summary>Gets how many times the event sink threw (each was caught).</summary>
        public int SinkFailures
        {
            get { return _sinkFailures; }
        }

        /// <summary>
        /// Gets whether the door waits for a local reset (Fault, or unattended closing suspended).
        /// </summary>
        public bool NeedsLocalReset
        {
            get
            {
                lock (_sync)
                {
                    return _state == DoorState.Fault || _suspended;
                }
            }
        }

        /// <summary>
        /// Reads the status (the answer to a status command).
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <returns>A new snapshot.</returns>
        public GarageSnapshot Snapshot(long now)
        {
            lock (_sync)
            {
                return BuildSnapshot(now);
            }
        }

        /// <summary>
        /// Advances every timer and reads the inputs. Call every ~20 ms from one thread.
        /// </summary>
        /// <param name="now">The current time in milliseconds.</param>
        public void Poll(long now)
        {
            lock (_sync)
            {
                try
                {
                    _pulser.Poll(now);
                    SampleInputs(now);
                    AdvanceMove(now);
                    AdvanceManualRun(now);
                    AdvanceAutoClose(now);
                }
                finally
                {
                    // Runs even when a step above threw: a due pulse is released, the warning keeps its rhythm.
                    _pulser.Poll(now);
                    _warning.Poll(now);
                }
            }
        }

        private void AdvanceAutoClose(long now)
        {
            if (!_autoCloseArmed || _state != DoorState.Open || _move != MovePhase.Idle)
            {
                return;
            }

            if (!MonotonicTime.HasElapsed(now, _autoCloseFrom, (long)_settings.AutoCloseMinutes * 60000L))
            {
                return;
            }

            _autoCloseArmed = false;
            if (CloseRefusal() == GarageReason.Done)
            {
                BeginMove(MotionDirection.Down, ActorKind.AutoClose, 0, now);
            }
        }

        private void Apply(DoorEvent evt, ActorKind cause, int causeId, long now)
        {
            DoorState next;
            if (DoorTransitions.TryNext(_state, evt, out next))
            {
                SetState(next, cause, causeId, now);
            }
            else if (_state == DoorState.Fault)
            {
                // Still report what the limits show: a door that moves during a fault is news to its owner.
                Emit(cause, causeId, now);
            }
        }

        private void SetState(DoorState next, ActorKind cause, int causeId, long now)
        {
            if (next == _state)
            {
                return;
            }

            _state = next;
            _stateSince = now;
            _cause = cause;
            _causeId = causeId;
            if (next != DoorState.Open)
            {
                _autoCloseArmed = false;
            }

            Emit(cause, causeId, now);
        }

        private void EnterFault(byte reason, ActorKind cause, int causeId, long now)
        {
            ClearMove();
            _faultReason = reason;
            _runTimed = false;
            SetState(DoorState.Fault, cause, causeId, now);
        }

        private void Emit(ActorKind cause, int causeId, long now)
        {
            if (_sink == null || !_settled)
            {
                return;
            }

            try
            {
                _sink.OnStateChanged(BuildSnapshot(now), cause, causeId, now);
            }
            catch (Exception)
            {
                _sinkFailures++;
            }
        }

        private GarageSnapshot BuildSnapshot(long now)
        {
            GarageSnapshot s = new GarageSnapshot();
            s.State = _state;
            s.Obstructed = _obstructed;
            s.Locked = _locked;
            s.UnattendedCloseSuspended = _suspended;
            s.FaultReason = _state == DoorState.Fault ? _faultReason : GarageReason.Done;
            s.LastCause = _cause;
            s.LastCauseId = _causeId;
            s.MillisecondsInState = MonotonicTime.Elapsed(now, _stateSince);
            s.Commanded = _move == MovePhase.Idle ? MotionDirection.None : _target;
            s.WarningActive = _warning.IsRunning;
            s.ClosedLimit = _closedLimit.Level;
            s.OpenLimit = _openLimit.Level;
            return s;
        }
    }
}
