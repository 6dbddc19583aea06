// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;

namespace NFUnitTest
{
    /// <summary>Records pairing-window requests from the setup button.</summary>
    public sealed class FakePairing : IPairingControl
    {
        /// <summary>Gets how many times the window was opened.</summary>
        public int Opened { get; private set; }

        /// <summary>Gets when the window was last opened.</summary>
        public long LastOpenedAt { get; private set; }

        /// <summary>Opens the window.</summary>
        /// <param name="now">Monotonic time.</param>
        public void OpenPairingWindow(long now)
        {
            Opened++;
            LastOpenedAt = now;
        }

        /// <summary>Whether the window is open (120 s after the last opening).</summary>
        /// <param name="now">Monotonic time.</param>
        /// <returns>True while open.</returns>
        public bool IsPairingWindowOpen(long now)
        {
            return Opened > 0 && unchecked(now - LastOpenedAt) < 120000;
        }
    }
}
