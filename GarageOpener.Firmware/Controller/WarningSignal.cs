// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The close warning: light and buzzer flashing together at 2 Hz from the start of the warning
    /// until the door is closed or stopped. Its own small state machine: Idle, Warning (door still),
    /// Moving (door on its way down).
    /// </summary>
    public sealed class WarningSignal
    {
        /// <summary>One on-off cycle of the light and buzzer (2 Hz, above the 1 Hz minimum).</summary>
        public const int FlashPeriodMs = 500;

        private readonly IDigitalOutput _light;
        private readonly IDigitalOutput _buzzer;
        private bool _running;
        private bool _moving;
        private long _startedAt;

        /// <summary>
        /// Takes the light and buzzer outputs and drives them off.
        /// </summary>
        /// <param name="light">The warning light driver.</param>
        /// <param name="buzzer">The buzzer driver.</param>
        public WarningSignal(IDigitalOutput light, IDigitalOutput buzzer)
        {
            _light = light;
            _buzzer = buzzer;
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
        /// Starts (or restarts) a full warning period with the door still.
        /// </summary>
        /// <param name="now">The current time.</param>
        public void Begin(long now)
        {
            _running = true;
            _moving = false;
            _startedAt = now;
            Drive(true);
        }

        /// <summary>
        /// Gets whether the warning has run for at least <paramref name="warningMs"/> (never less than 5 s).
        /// </summary>
        /// <param name="now">The current time.</param>
        /// <param name="warningMs">The configured warning length.</param>
        /// <returns><c>true</c> when the close pulse may go.</returns>
        public bool HasWarned(long now, int warningMs)
        {
            int required = warningMs < GarageSettings.MinWarningMs ? GarageSettings.MinWarningMs : warningMs;
            return _running && MonotonicTime.HasElapsed(now, _startedAt, required);
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

            long phase = MonotonicTime.Elapsed(now, _startedAt) % FlashPeriodMs;
            Drive(phase >= 0 && phase < FlashPeriodMs / 2);
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
