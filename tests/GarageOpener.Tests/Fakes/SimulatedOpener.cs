// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Tests.Fakes
{
    /// <summary>
    /// A garage door and opener driven by the relay outputs, moving the reed switches: a toggle opener
    /// cycles up, stop, down, stop on each press; a separate-buttons opener has open, close and stop inputs.
    /// Position 0 is closed, 1 is open. A press at rest starts the motor after <see cref="StartDelayMs"/>;
    /// a press during that delay cancels it (the opener counts it as a stop).
    /// </summary>
    public sealed class SimulatedOpener
    {
        private readonly FakeOutput _primary;
        private readonly FakeOutput _close;
        private readonly FakeOutput _stop;
        private readonly FakeInput _closedLimit;
        private readonly FakeInput _openLimit;
        private bool _lastPrimary, _lastClose, _lastStop;
        private int _pendingMotion;
        private long _pendingMs;
        private int _lastDirection = -1;

        public SimulatedOpener(FakeOutput primary, FakeOutput close, FakeOutput stop, FakeInput closedLimit, FakeInput openLimit, double position)
        {
            _primary = primary;
            _close = close;
            _stop = stop;
            _closedLimit = closedLimit;
            _openLimit = openLimit;
            Position = position;
            _lastDirection = position >= 1.0 ? +1 : -1;
            UpdateLimits();
        }

        public double Position { get; set; }

        /// <summary>+1 up, -1 down, 0 still.</summary>
        public int Motion { get; set; }

        public int TravelMs { get; set; } = 12000;

        public int StartDelayMs { get; set; } = 300;

        /// <summary>Gets or sets whether the opener reacts to presses at all (false: a dead opener).</summary>
        public bool Responds { get; set; } = true;

        /// <summary>Gets or sets a position where the door jams (stops without reaching a limit), or -1.</summary>
        public double JamAt { get; set; } = -1;

        public int Presses { get; private set; }

        /// <summary>Gets or sets the direction of the last run (what a toggle press from rest reverses).</summary>
        public int LastDirection { get => _lastDirection; set => _lastDirection = value; }

        /// <summary>The opener's own obstruction reversal.</summary>
        public void Reverse()
        {
            if (Motion == -1)
            {
                Motion = +1;
                _lastDirection = +1;
            }
        }

        public void Step(long ms)
        {
            bool p = _primary.IsActive;
            if (p && !_lastPrimary)
            {
                Press(_close == null ? 0 : +1);
            }

            _lastPrimary = p;
            if (_close != null)
            {
                bool c = _close.IsActive;
                if (c && !_lastClose)
                {
                    Press(-1);
                }

                _lastClose = c;
            }

            if (_stop != null)
            {
                bool s = _stop.IsActive;
                if (s && !_lastStop)
                {
                    Press(2);
                }

                _lastStop = s;
            }

            if (_pendingMotion != 0)
            {
                _pendingMs -= ms;
                if (_pendingMs <= 0)
                {
                    Motion = _pendingMotion;
                    _lastDirection = Motion;
                    _pendingMotion = 0;
                }
            }

            double before = Position;
            Position += Motion * (double)ms / TravelMs;
            if (JamAt >= 0 && ((before < JamAt && Position >= JamAt) || (before > JamAt && Position <= JamAt)))
            {
                Position = JamAt;
                Motion = 0;
            }

            if (Position <= 0)
            {
                Position = 0;
                Motion = 0;
            }
            else if (Position >= 1)
            {
                Position = 1;
                Motion = 0;
            }

            UpdateLimits();
        }

        // kind: 0 toggle, +1 open button, -1 close button, 2 stop button.
        private void Press(int kind)
        {
            Presses++;
            if (!Responds)
            {
                return;
            }

            if (kind == 2)
            {
                Motion = 0;
                _pendingMotion = 0;
                return;
            }

            if (kind == +1 || kind == -1)
            {
                bool atTarget = (kind == +1 && Position >= 1) || (kind == -1 && Position <= 0);
                if (!atTarget)
                {
                    Motion = 0;
                    Begin(kind);
                }

                return;
            }

            if (Motion != 0 || _pendingMotion != 0)
            {
                Motion = 0;
                _pendingMotion = 0;
                return;
            }

            int next = -_lastDirection;
            if ((next == -1 && Position <= 0) || (next == +1 && Position >= 1))
            {
                // Pressed towards the limit it rests on: the run ends at once, the cycle moves on.
                _lastDirection = next;
                return;
            }

            Begin(next);
        }

        private void Begin(int direction)
        {
            _pendingMotion = direction;
            _pendingMs = StartDelayMs;
            _lastDirection = direction; // the press committed the cycle, even if a stop cancels the start
        }

        private void UpdateLimits()
        {
            _closedLimit.IsActive = Position <= 0;
            if (_openLimit != null)
            {
                _openLimit.IsActive = Position >= 1;
            }
        }
    }
}
