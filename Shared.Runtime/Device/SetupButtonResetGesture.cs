// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The factory-reset gesture of the setup button: held through power-up and then for
    /// <see cref="SetupButton.FactoryResetHoldMs"/> without a break. It arms only if the button is seen held
    /// within the arm window (from the first poll; 0: only at the first poll), and once disarmed it stays
    /// so until the next power-up: no press during normal operation can wipe the device.
    /// GPIO0 (BOOT) cannot serve here, because holding it at reset enters the ROM loader.
    /// </summary>
    public sealed class SetupButtonResetGesture
    {
        private readonly IDigitalInput _setupButton;
        private readonly int _releaseDebounceMs;
        private readonly int _armWindowMs;
        private State _state;
        private long _startedAt;
        private long _holdSince;
        private long _releaseSince;
        private bool _releasing;

        /// <summary>
        /// Creates the gesture over the setup button.
        /// </summary>
        /// <param name="setupButton">The setup button input.</param>
        /// <param name="releaseDebounceMs">How long the contact must stay open before a release cancels.</param>
        /// <param name="armWindowMs">How long after the first poll a hold may still arm the gesture.</param>
        public SetupButtonResetGesture(IDigitalInput setupButton, int releaseDebounceMs, int armWindowMs)
        {
            _setupButton = setupButton;
            _releaseDebounceMs = releaseDebounceMs < 1 ? 1 : releaseDebounceMs;
            _armWindowMs = armWindowMs < 0 ? 0 : armWindowMs;
            _state = State.Unknown;
        }

        /// <summary>
        /// Gets whether the button is being held and the reset will come if it stays held.
        /// </summary>
        public bool IsHolding
        {
            get { return _state == State.Holding; }
        }

        /// <summary>
        /// Gets whether the gesture completed: the device must be wiped.
        /// </summary>
        public bool IsConfirmed
        {
            get { return _state == State.Confirmed; }
        }

        /// <summary>
        /// Gets whether the gesture can no longer happen before the next power-up.
        /// </summary>
        public bool IsDisarmed
        {
            get { return _state == State.Disarmed; }
        }

        /// <summary>
        /// Samples the setup button.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns><c>true</c> exactly once, in the poll that completes the gesture.</returns>
        public bool Poll(long now)
        {
            switch (_state)
            {
                case State.Unknown:
                    _startedAt = now;
                    _state = State.Waiting;
                    return OnWaiting(now);

                case State.Waiting:
                    return OnWaiting(now);

                case State.Holding:
                    return OnHolding(now);

                case State.Disarmed:
                case State.Confirmed:
                    return false;

                default:
                    _state = State.Disarmed;
                    return false;
            }
        }

        private bool OnWaiting(long now)
        {
            if (_setupButton.IsActive)
            {
                _state = State.Holding;
                _holdSince = now;
                return false;
            }

            if (MonotonicTime.Elapsed(now, _startedAt) >= _armWindowMs)
            {
                _state = State.Disarmed;
            }

            return false;
        }

        private bool OnHolding(long now)
        {
            if (!_setupButton.IsActive)
            {
                // Let go early (longer than contact bounce): cancelled for this power-up.
                if (!_releasing)
                {
                    _releasing = true;
                    _releaseSince = now;
                }

                if (MonotonicTime.Elapsed(now, _releaseSince) >= _releaseDebounceMs)
                {
                    _state = State.Disarmed;
                }

                return false;
            }

            _releasing = false;
            if (MonotonicTime.Elapsed(now, _holdSince) < SetupButton.FactoryResetHoldMs)
            {
                return false;
            }

            _state = State.Confirmed;
            return true;
        }

        private enum State
        {
            Unknown,
            Waiting,
            Holding,
            Disarmed,
            Confirmed,
        }
    }
}
