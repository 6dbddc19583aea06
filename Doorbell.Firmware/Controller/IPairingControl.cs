// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// The pairing window, implemented by the runtime. The doorbell only asks to open it after a long
    /// press of the setup button inside the enclosure, never from the outside button.
    /// </summary>
    public interface IPairingControl
    {
        /// <summary>
        /// Opens the pairing window (the runtime bounds its length and attempts).
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        void OpenPairingWindow(long now);

        /// <summary>
        /// Whether the pairing window is open at <paramref name="now"/> (the LED shows it).
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        /// <returns><c>true</c> while open.</returns>
        bool IsPairingWindowOpen(long now);
    }
}
