// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The gestures of the setup button both devices have: a short press, a long press (opens the pairing
    /// window: physical presence) and a hold through boot (factory reset). Presses are filtered by a
    /// <see cref="PressDetector"/>, which ignores a button already held at start, so the boot hold never
    /// also counts as a press; a long press is not reported while the reset gesture is under way.
    /// </summary>
    public sealed class SetupButton
    {
        /// <summary>
        /// How long the setup button is held to open the pairing window, in milliseconds: the same on every device,
        /// and what the READMEs and the owner tool's hints say.
        /// </summary>
        public const int PairingHoldMs = 3000;

        /// <summary>How long the button must be held through boot to factory-reset, in milliseconds.</summary>
        public const int FactoryResetHoldMs = 10000;

        /// <summary>
        /// The usual arm window: after start, how long the button has to be seen held for the reset gesture to
        /// arm, in milliseconds. After that the gesture is impossible until the next power-up.
        /// </summary>
        public const int FactoryResetArmWindowMs = 2000;

        private readonly PressDetector _presses;
        private readonly SetupButtonResetGesture _reset;
        private readonly int _shortPressMaxMs;
        private long _pressedAt;
        private bool _longReported;

        /// <summary>
        /// Creates the gesture detector over the raw setup button input.
        /// </summary>
        /// <param name="input">The setup button.</param>
        /// <param name="debounceMs">How long the contact must stay open before a release counts.</param>
        /// <param name="minPressMs">How long the contact must stay closed before a press counts.</param>
        /// <param name="shortPressMaxMs">A press counted and released within this is a short press; 0 disables.</param>
        /// <param name="longPressMs">Hold time of the long press; 0 disables.</param>
        /// <param name="resetArmWindowMs">
        /// How long after the first poll a hold still arms the factory reset (usually
        /// <see cref="FactoryResetArmWindowMs"/>; 0: only a button already held at the first poll).
        /// </param>
        public SetupButton(
            IDigitalInput input, int debounceMs, int minPressMs, int shortPressMaxMs, int longPressMs, int resetArmWindowMs)
        {
            _presses = new PressDetector(input, debounceMs, minPressMs, longPressMs);
            _reset = new SetupButtonResetGesture(input, debounceMs, resetArmWindowMs);
            _shortPressMaxMs = shortPressMaxMs < 0 ? 0 : shortPressMaxMs;
        }

        /// <summary>
        /// Gets whether the button is held through boot and the reset will come if it stays held.
        /// </summary>
        public bool IsResetHolding
        {
            get { return _reset.IsHolding; }
        }

        /// <summary>
        /// Gets whether the factory-reset gesture completed: the device must be wiped.
        /// </summary>
        public bool IsResetConfirmed
        {
            get { return _reset.IsConfirmed; }
        }

        /// <summary>
        /// Samples the button once; call every poll.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns>The gesture this sample completed, if any.</returns>
        public SetupButtonEvent Poll(long now)
        {
            // The reset gesture first: in the poll that confirms it, no press gesture may count.
            bool wipe = _reset.Poll(now);
            PressEvent press = _presses.Poll(now);
            if (wipe)
            {
                return SetupButtonEvent.FactoryReset;
            }

            switch (press)
            {
                case PressEvent.Pressed:
                    _pressedAt = now;
                    _longReported = false;
                    return SetupButtonEvent.None;

                case PressEvent.LongPress:
                    _longReported = true;
                    return _reset.IsHolding || _reset.IsConfirmed ? SetupButtonEvent.None : SetupButtonEvent.LongPress;

                case PressEvent.Released:
                    return IsShort(now) ? SetupButtonEvent.ShortPress : SetupButtonEvent.None;

                default:
                    return SetupButtonEvent.None;
            }
        }

        private bool IsShort(long now)
        {
            return _shortPressMaxMs > 0 && !_longReported && !_reset.IsConfirmed
                && !MonotonicTime.HasElapsed(now, _pressedAt, _shortPressMaxMs);
        }
    }
}
