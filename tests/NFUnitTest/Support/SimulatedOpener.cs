// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace NFUnitTest
{
    /// <summary>
    /// A garage door opener as physics: a press (relay rising edge) starts, stops or reverses the door like a
    /// one-button opener (or, with separate relays, open/close/stop buttons); limit switches follow the position.
    /// Positions are in thousandths (0 closed, 1000 open) so the model needs no floating point.
    /// </summary>
    public sealed class SimulatedOpener
    {
        /// <summary>Fully open position.</summary>
        public const int Top = 1000;

        private readonly FakeOutput _primary;
        private readonly FakeOutput _close;
        private readonly FakeOutput _stop;
        private readonly FakeInput _closedLimit;
        private readonly FakeInput _openLimit;
        private bool _lastPrimary;
        private bool _lastClose;
        private bool _lastStop;
        private int _pendingMotion;
        private long _pendingMs;
        private long _travelledMicro;

        /// <summary>Initializes a new instance of the <see cref="SimulatedOpener"/> class.</summary>
        /// <param name="primary">Toggle (or open) relay.</param>
        /// <param name="close">Close relay or null.</param>
        /// <param name="stop">Stop relay or null.</param>
        /// <param name="closedLimit">Closed limit switch.</param>
        /// <param name="openLimit">Open limit switch or null.</param>
        /// <param name="position">Start position in thousandths.</param>
        public SimulatedOpener(FakeOutput primary, FakeOutput close, FakeOutput stop, FakeInput closedLimit, FakeInput openLimit, int position)
        {
            _primary = primary;
            _close = close;
            _stop = stop;
            _closedLimit = closedLimit;
            _openLimit = openLimit;
            Position = position;
            LastDirection = position >= Top ? 1 : -1;
            TravelMs = 12000;
            StartDelayMs = 300;
            Responds = true;
            JamAt = -1;
            UpdateLimits();
        }

        /// <summary>Gets or sets the position in thousandths.</summary>
        public int Position { get; set; }

        /// <summary>Gets or sets the motion: +1 up, -1 down, 0 still.</summary>
        public int Motion { get; set; }

        /// <summary>Gets or sets the full travel time.</summary>
        public int TravelMs { get; set; }

        /// <summary>Gets or sets the delay between a press and the motor starting.</summary>
        public int StartDelayMs { get; set; }

        /// <summary>Gets or sets a value indicating whether presses do anything (false: a dead opener).</summary>
        public bool Responds { get; set; }

        /// <summary>Gets or sets a position where the door jams, or -1.</summary>
        public int JamAt { get; set; }

        /// <summary>Gets or sets the direction of the last run (what a toggle press from rest reverses).</summary>
        public int LastDirection { get; set; }

        /// <summary>The opener's own obstruction reversal.</summary>
        public void Reverse()
        {
            if (Motion == -1)
            {
                Motion = 1;
                LastDirection = 1;
            }
        }

        /// <summary>Advances the physics.</summary>
        /// <param name="ms">Elapsed milliseconds.</param>
        public void Step(long ms)
        {
            bool p = _primary.IsActive;
            if (p && !_lastPrimary)
            {
                Press(_close == null ? 0 : 1);
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
                    LastDirection = Motion;
                    _pendingMotion = 0;
                }
            }

            int before = Position;

            // Whole thousandths per step, carrying the remainder so any step length keeps the travel time exact.
            _travelledMicro += ms * Top * 1000 / TravelMs;
            int moved = (int)(_travelledMicro / 1000);
            _travelledMicro -= moved * 1000L;
            Position += Motion * moved;
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
            else if (Position >= Top)
            {
                Position = Top;
                Motion = 0;
            }

            UpdateLimits();
        }

        // kind: 0 toggle, +1 open button, -1 close button, 2 stop button.
        private void Press(int kind)
        {
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

            if (kind == 1 || kind == -1)
            {
                bool atTarget = (kind == 1 && Position >= Top) || (kind == -1 && Position <= 0);
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

            int next = -LastDirection;
            if ((next == -1 && Position <= 0) || (next == 1 && Position >= Top))
            {
                LastDirection = next;
                return;
            }

            Begin(next);
        }

        private void Begin(int direction)
        {
            _pendingMotion = direction;
            _pendingMs = StartDelayMs;
            LastDirection = direction;
        }

        private void UpdateLimits()
        {
            _closedLimit.IsActive = Position <= 0;
            if (_openLimit != null)
            {
                _openLimit.IsActive = Position >= Top;
            }
        }
    }
}
