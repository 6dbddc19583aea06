// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Drives the status LED from the current <see cref="StatusLedMode"/>. A mode change restarts its
    /// pattern; the pin is written only when the level changes.
    /// </summary>
    public sealed class StatusLed
    {
        private readonly IDigitalOutput _led;
        private StatusLedMode _mode;
        private long _modeSince;
        private bool _lit;

        /// <summary>
        /// Creates the LED driver and switches the LED off.
        /// </summary>
        /// <param name="led">The LED output.</param>
        public StatusLed(IDigitalOutput led)
        {
            _led = led;
            _mode = StatusLedMode.Unknown;
            _led.Write(false);
        }

        /// <summary>
        /// Gets the mode shown.
        /// </summary>
        public StatusLedMode Mode
        {
            get { return _mode; }
        }

        /// <summary>
        /// Shows <paramref name="mode"/> at <paramref name="now"/>.
        /// </summary>
        /// <param name="mode">The mode to show.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Show(StatusLedMode mode, long now)
        {
            if (mode != _mode)
            {
                _mode = mode;
                _modeSince = now;
            }

            LedPattern pattern = StatusLedPatterns.For(_mode);
            bool lit = pattern != null && pattern.IsOnAt(TimeMath.Elapsed(now, _modeSince));
            if (lit != _lit)
            {
                _led.Write(lit);
                _lit = lit;
            }
        }
    }
}
