// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Plays a <see cref="ChimePattern"/> on the chime relay. Every closed step is a
    /// <see cref="BoundedOutput"/> pulse, so the relay opens on time even if the sequencer is abandoned.
    /// </summary>
    public sealed class ChimeSequencer
    {
        private readonly BoundedOutput _relay;
        private ChimePattern _pattern;
        private int _step;
        private long _stepEnd;
        private bool _playing;

        /// <summary>
        /// Creates a sequencer driving <paramref name="relay"/>.
        /// </summary>
        /// <param name="relay">The chime relay.</param>
        public ChimeSequencer(BoundedOutput relay)
        {
            _relay = relay;
        }

        /// <summary>
        /// Gets whether a pattern is playing.
        /// </summary>
        public bool IsPlaying
        {
            get { return _playing; }
        }

        /// <summary>
        /// Starts <paramref name="pattern"/> from its first step; a pattern already playing is cut short.
        /// </summary>
        /// <param name="pattern">The pattern.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Play(ChimePattern pattern, long now)
        {
            _pattern = pattern;
            _playing = true;
            StartStep(0, now);
        }

        /// <summary>
        /// Stops at once and opens the relay.
        /// </summary>
        public void Stop()
        {
            _playing = false;
            _relay.Off();
        }

        /// <summary>
        /// Advances through the pattern and releases the relay when a closed step ends.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Poll(long now)
        {
            _relay.Poll(now);
            if (!_playing || !MonotonicTime.IsDue(now, _stepEnd))
            {
                return;
            }

            int next = _step + 1;
            if (next >= _pattern.StepCount)
            {
                Stop();
                return;
            }

            // Steps start at the previous step's end, not at the poll, so polling jitter does not stretch them.
            StartStep(next, _stepEnd);
            _relay.Poll(now);
        }

        private void StartStep(int index, long start)
        {
            _step = index;
            int length = _pattern.StepMs(index);
            _stepEnd = MonotonicTime.After(start, length);
            if ((index % 2) == 0)
            {
                _relay.Pulse(start, length);
            }
            else
            {
                _relay.Off();
            }
        }
    }
}
