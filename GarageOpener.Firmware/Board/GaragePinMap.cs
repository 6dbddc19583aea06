// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Board
{
    /// <summary>
    /// Which GPIO drives or reads each part of the garage opener on one board.
    /// </summary>
    public sealed class GaragePinMap
    {
        /// <summary>Gets or sets the board name shown in the start-up log.</summary>
        public string BoardName;

        /// <summary>Gets or sets the relay across the opener's wall-button terminals.</summary>
        public int RelayPin;

        /// <summary>Gets or sets whether the relay module energises on a low level.</summary>
        public bool RelayActiveLow;

        /// <summary>Gets or sets the close relay for openers with separate buttons (-1 when absent).</summary>
        public int CloseRelayPin;

        /// <summary>Gets or sets the stop relay for openers with separate buttons (-1 when absent).</summary>
        public int StopRelayPin;

        /// <summary>Gets or sets the warning light driver.</summary>
        public int WarningLightPin;

        /// <summary>Gets or sets the buzzer driver.</summary>
        public int BuzzerPin;

        /// <summary>Gets or sets the closed-limit reed switch (required).</summary>
        public int ClosedLimitPin;

        /// <summary>Gets or sets the open-limit reed switch (recommended; -1 when absent).</summary>
        public int OpenLimitPin;

        /// <summary>Gets or sets the obstruction input (optional; -1 when absent).</summary>
        public int ObstructionPin;

        /// <summary>Gets or sets whether the obstruction input reads obstructed on a low level.</summary>
        public bool ObstructionActiveLow;

        /// <summary>Gets or sets the setup button used for pairing and factory reset.</summary>
        public int SetupButtonPin;

        /// <summary>Gets or sets the status LED.</summary>
        public int StatusLedPin;

        /// <summary>
        /// The ESP32-DevKitC map. Outputs sit on GPIO 25, 26, 27 and 19, which are neither strapping
        /// pins (0, 2, 5, 12, 15) nor pins that toggle during boot (1, 3, 14, 15) nor flash pins (6-11),
        /// so the relay cannot click while the chip resets. GPIO 35 (obstruction) is input-only with no
        /// internal pull: the optocoupler board carries the pull-up and pulls low when obstructed.
        /// </summary>
        /// <returns>The pin map.</returns>
        public static GaragePinMap DevKitC()
        {
            GaragePinMap map = new GaragePinMap();
            map.BoardName = "ESP32-DevKitC";
            map.RelayPin = 26;
            map.RelayActiveLow = false;
            map.CloseRelayPin = -1;
            map.StopRelayPin = -1;
            map.WarningLightPin = 25;
            map.BuzzerPin = 27;
            map.ClosedLimitPin = 32;
            map.OpenLimitPin = 33;
            map.ObstructionPin = 35;
            map.ObstructionActiveLow = true;
            map.SetupButtonPin = 18;
            map.StatusLedPin = 19;
            return map;
        }
    }
}
