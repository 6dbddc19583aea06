// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// Turns raw samples of a button into presses. A press counts only once the contact has been closed
    /// without a break for the minimum press length, so EMI spikes picked up by long doorbell wires never
    /// ring; a release counts only after the contact stayed open for the debounce time, so contact bounce
    /// never makes a second press. An input already closed at start is ignored until it opens: a stuck or
    /// shorted button does not ring at every boot, and the setup button held for a reset does not also pair.
    /// </summary>
    public sealed class PressDetector
    {
        private readonly IDigitalInput _input;
        private int _debounceMs;
        private int _minPressMs;
        private int _longPressMs;
        private State _state;
        private long _candidateSince;
        private long _releaseSince;
        private long _pressStart;
        private bool _longReported;

        /// <summary>
        /// Creates a detector over <paramref name="input"/>.
        /// </summary>
        /// <param name="input">The raw input.</param>
        /// <param name="debounceMs">How long the contact must stay open before a release counts.</param>
        /// <param name="minPressMs">How long the contact must stay closed before a press counts.</param>
        /// <param name="longPressMs">Hold time of a long press; 0 disables long presses.</param>
        public PressDetector(IDigitalInput input, int debounceMs, int minPressMs, int longPressMs)
        {
            _input = input;
            _state = State.Unknown;
            Configure(debounceMs, minPressMs, longPressMs);
        }

        /// <summary>
        /// Gets whether a counted press is being held right now.
        /// </summary>
        public bool IsHeld
        {
            get { return _state == State.Held || _state == State.Releasing; }
        }

        /// <summary>
        /// Changes the timings; a press under way keeps its start time.
        /// </summary>
        /// <param name="debounceMs">Release debounce in milliseconds (at least 1).</param>
        /// <param name="minPressMs">Minimum press length in milliseconds (at least 1).</param>
        /// <param name="longPressMs">Long-press hold time in milliseconds; 0 disables.</param>
        public void Configure(int debounceMs, int minPressMs, int longPressMs)
        {
            _debounceMs = debounceMs < 1 ? 1 : debounceMs;
            _minPressMs = minPressMs < 1 ? 1 : minPressMs;
            _longPressMs = longPressMs < 0 ? 0 : longPressMs;
        }

        /// <summary>
        /// Samples the input once and advances the state machine.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The event this sample produced, if any.</returns>
        public PressEvent Poll(long now)
        {
            bool active = _input.IsActive;
            switch (_state)
            {
                case State.Unknown:
                    // Wait for the first open contact before trusting the input.
                    if (!active)
                    {
                        _state = State.Idle;
                    }

                    return PressEvent.None;

                case State.Idle:
                    if (active)
                    {
                        _state = State.Candidate;
                        _candidateSince = now;
                    }

                    return PressEvent.None;

                case State.Candidate:
                    return OnCandidate(active, now);

                case State.Held:
                    if (!active)
                    {
                        _state = State.Releasing;
                        _releaseSince = now;
                        return PressEvent.None;
                    }

                    return CheckLong(now);

                case State.Releasing:
                    return OnReleasing(active, now);

                default:
                    // Unreachable; recover by distrusting the input again.
                    _state = State.Unknown;
                    return PressEvent.None;
            }
        }

        private PressEvent OnCandidate(bool active, long now)
        {
            if (!active)
            {
                // Shorter than the minimum press: a glitch, forget it.
                _state = State.Idle;
                return PressEvent.None;
            }

            if (MonotonicTime.Elapsed(now, _candidateSince) < _minPressMs)
            {
                return PressEvent.None;
            }

            _state = State.Held;
            _pressStart = _candidateSince;
            _longReported = false;
            return PressEvent.Pressed;
        }

        private PressEvent OnReleasing(bool active, long now)
        {
            if (active)
            {
                // Bounce while letting go: still the same press.
                _state = State.Held;
                return CheckLong(now);
            }

            if (MonotonicTime.Elapsed(now, _releaseSince) < _debounceMs)
            {
                return PressEvent.None;
            }

            _state = State.Idle;
            return PressEvent.Released;
        }

        private PressEvent CheckLong(long now)
        {
            if (_longPressMs == 0 || _longReported)
            {
                return PressEvent.None;
            }

            if (MonotonicTime.Elapsed(now, _pressStart) < _longPressMs)
            {
                return PressEvent.None;
            }

            _longReported = true;
            return PressEvent.LongPress;
        }

        private enum State
        {
            Unknown,
            Idle,
            Candidate,
            Held,
            Releasing,
        }
    }
}
