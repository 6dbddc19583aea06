// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// A reed switch or sensor input read in the poll loop and accepted only after its raw level has
    /// been stable for <see cref="StableMs"/>: reed switches bounce, and a bounce must never look like
    /// the door leaving its limit.
    /// </summary>
    public sealed class DebouncedInput
    {
        /// <summary>How long a raw level must hold before it is believed.</summary>
        public const int StableMs = 50;

        private readonly IDigitalInput _input;
        private InputLevel _level;
        private bool _candidate;
        private bool _hasCandidate;
        private long _candidateSince;

        /// <summary>
        /// Wraps <paramref name="input"/>; <c>null</c> means the input is not fitted.
        /// </summary>
        /// <param name="input">The raw input, or <c>null</c>.</param>
        public DebouncedInput(IDigitalInput input)
        {
            _input = input;
            _level = input == null ? InputLevel.Inactive : InputLevel.Unknown;
        }

        /// <summary>Gets whether an input is fitted.</summary>
        public bool IsFitted
        {
            get { return _input != null; }
        }

        /// <summary>Gets the debounced level (an absent input reads Inactive).</summary>
        public InputLevel Level
        {
            get { return _level; }
        }

        /// <summary>Gets whether the debounced level is Active.</summary>
        public bool IsActive
        {
            get { return _level == InputLevel.Active; }
        }

        /// <summary>
        /// Samples the raw input.
        /// </summary>
        /// <param name="now">The current time in milliseconds.</param>
        /// <returns><c>true</c> when the debounced level changed.</returns>
        public bool Sample(long now)
        {
            if (_input == null)
            {
                return false;
            }

            bool raw = _input.IsActive;
            if (!_hasCandidate || raw != _candidate)
            {
                _candidate = raw;
                _candidateSince = now;
                _hasCandidate = true;
            }

            if (!MonotonicTime.HasElapsed(now, _candidateSince, StableMs))
            {
                return false;
            }

            InputLevel stable = _candidate ? InputLevel.Active : InputLevel.Inactive;
            if (stable == _level)
            {
                return false;
            }

            _level = stable;
            return true;
        }
    }
}
