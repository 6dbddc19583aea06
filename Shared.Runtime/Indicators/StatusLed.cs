// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Shared.Runtime.Indicators
{
    /// <summary>
    /// Plays a <see cref="LedPattern"/> on the status LED. Showing a different pattern restarts it from
    /// its first step; the pin is written only when the level changes. The caller decides which pattern
    /// its state calls for, so each firmware keeps its own modes and shares the player.
    /// </summary>
    public sealed class StatusLed
    {
        private readonly IDigitalOutput _led;
        private LedPattern _pattern;
        private long _patternSince;
        private bool _lit;

        /// <summary>
        /// Creates the player and switches the LED off.
        /// </summary>
        /// <param name="led">The LED output.</param>
        public StatusLed(IDigitalOutput led)
        {
            _led = led;
            _led.Write(false);
        }

        /// <summary>
        /// Gets the pattern shown, or <c>null</c> while the LED is dark.
        /// </summary>
        public LedPattern Pattern
        {
            get { return _pattern; }
        }

        /// <summary>
        /// Shows <paramref name="pattern"/> at <paramref name="now"/>.
        /// </summary>
        /// <param name="pattern">The pattern, or <c>null</c> for dark.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Show(LedPattern pattern, long now)
        {
            if (pattern != _pattern)
            {
                _pattern = pattern;
                _patternSince = now;
            }

            bool lit = pattern != null && pattern.IsOnAt(MonotonicTime.Elapsed(now, _patternSince));
            if (lit != _lit)
            {
                _led.Write(lit);
                _lit = lit;
            }
        }
    }
}
