// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// Says on the console what the setup button's factory-reset gesture is doing, so a press right after power-up
    /// (which the device takes as the start of that gesture, not as a pairing hold) never goes by without a word:
    /// one line when the hold is taken as the reset gesture, one when letting go cancelled it. Shared by both devices,
    /// so the words are the same everywhere.
    /// </summary>
    public sealed class SetupButtonNarrator
    {
        private readonly ILog _log;
        private readonly string _prefix;
        private bool _wasHolding;

        /// <summary>
        /// Creates the narrator.
        /// </summary>
        /// <param name="log">The console, or null for none.</param>
        /// <param name="prefix">The device's log prefix, such as "doorbell".</param>
        public SetupButtonNarrator(ILog log, string prefix)
        {
            _log = log;
            _prefix = prefix;
        }

        /// <summary>
        /// Compares the gesture's state with the last poll and writes a line on a change. Call every poll.
        /// </summary>
        /// <param name="resetHolding">Whether the reset gesture is being held (SetupButton.IsResetHolding).</param>
        /// <param name="resetConfirmed">Whether it completed (SetupButton.IsResetConfirmed).</param>
        public void Observe(bool resetHolding, bool resetConfirmed)
        {
            if (resetHolding == _wasHolding)
            {
                return;
            }

            _wasHolding = resetHolding;
            if (_log == null)
            {
                return;
            }

            if (resetHolding)
            {
                _log.WriteLine(_prefix + ": setup button held at start-up: this is the FACTORY RESET gesture (keys, passes and "
                    + "identity wiped after " + (SetupButton.FactoryResetHoldMs / 1000).ToString()
                    + " s of holding); let go now to cancel. To pair instead, let go and hold it "
                    + (SetupButton.PairingHoldMs / 1000).ToString() + " s later");
            }
            else if (!resetConfirmed)
            {
                _log.WriteLine(_prefix + ": setup button let go: factory reset cancelled until the next power-up; hold it "
                    + (SetupButton.PairingHoldMs / 1000).ToString() + " s to open the pairing window");
            }
        }
    }
}
