// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The close warning: light and buzzer flashing together at 2 Hz from the start of the warning
    /// until the door is closed or stopped. Its own small state machine: Idle, Warning (door still),
    /// Moving (door on its way down). The warning period is counted from the moment the light and buzzer were
    /// actually switched on: the clock is read after both writes, so time spent before or during the writes (a
    /// poll that read its time earlier, a slow driver, the command thread waiting for the lock) can never shorten
    /// the 5 s a person near the door sees and hears.
    /// </summary>
    public sealed class WarningSignal
    {
        /// <summary>One on-off cycle of the light and buzzer (2 Hz, above the 1 Hz minimum).</summary>
        public const int FlashPeriodMs = 500;

        /// <summary>
        /// Resolution of the millisecond clock. A reading is truncated, so the real start may lie up to this much
        /// after the reading: the pulse waits this much longer than the configured warning.
        /// </summary>
        public const int ClockResolutionMs = 1;

        private readonly IDigitalOutput _light;
        private readonly IDigitalOutput _buzzer;
        private readonly IClock _clock;
        private bool _running;
        private bool _moving;
        private long _startedAt;

        /// <summary>
        /// Takes the light and buzzer outputs and drives them off.
        /// </summary>
        /// <param name="light">The warning light driver.</param>
        /// <param name="buzzer">The buzzer driver.</param>
        /// <param name="clock">The monotonic clock read right after the warning is switched on.</param>
        public WarningSignal(IDigitalOutput light, IDigitalOutput buzzer, IClock clock)
        {
            if (clock == null)
            {
                throw new System.ArgumentNullException("clock");
            }

            _light = light;
            _buzzer = buzzer;
            _clock = clock;
            Drive(false);
        }

        /// <summary>Gets whether the warning runs (before or during the move).</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Gets whether the warned move has started.</summary>
        public bool IsMoving
        {
            get { return _running && _moving; }
        }

        /// <summary>
        /// Starts (or restarts) a full warning period with the door still. The period starts when the light and
        /// buzzer have been written, read from the clock after the writes, not at a time the caller read earlier.
        /// </summary>
        public void Begin()
        {
            _running = true;
            _moving = false;
            Drive(true);
            _startedAt = _clock.NowMilliseconds;
        }

        /// <summary>Gets the clock time taken right after the light and buzzer were switched on by <see cref="Begin"/>.</summary>
        public long StartedAt
        {
            get { return _startedAt; }
        }

        /// <summary>
        /// Gets whether the warning has run for at least <paramref name="warningMs"/> (never less than 5 s) since
        /// the light and buzzer went on, plus the clock's resolution, so the pulse is never early at the pins.
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="warningMs">The configured warning length.</param>
        /// <returns><c>true</c> when the close pulse may go.</returns>
        public bool HasWarned(long now, int warningMs)
        {
            int required = warningMs < GarageSettings.MinWarningMs ? GarageSettings.MinWarningMs : warningMs;
            return _running && MonotonicTime.HasElapsed(now, _startedAt, (long)required + ClockResolutionMs);
        }

        /// <summary>Marks the door as moving; the warning keeps flashing.</summary>
        public void MarkMoving()
        {
            _moving = _running;
        }

        /// <summary>Stops the warning and turns light and buzzer off.</summary>
        public void End()
        {
            _running = false;
            _moving = false;
            Drive(false);
        }

        /// <summary>
        /// Drives the light and buzzer for the current instant of the flash cycle.
        /// </summary>
        /// <param name="now">The current time.</param>
        public void Poll(long now)
        {
            if (!_running)
            {
                Drive(false);
                return;
            }

            // A poll that read its time before Begin took the start sees a negative age: still the first "on" half,
            // never a dark flicker right after the warning began.
            long age = MonotonicTime.Elapsed(now, _startedAt);
            long phase = age < 0 ? 0 : age % FlashPeriodMs;
            Drive(phase < FlashPeriodMs / 2);
        }

        private void Drive(bool on)
        {
            if (_light.IsActive != on)
            {
                _light.Write(on);
            }

            if (_buzzer.IsActive != on)
            {
                _buzzer.Write(on);
            }
        }
    }
}
