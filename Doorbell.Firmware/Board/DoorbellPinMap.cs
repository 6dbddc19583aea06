// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Board
{
    /// <summary>
    /// Which GPIO drives or reads each part of the doorbell on one board.
    /// </summary>
    public sealed class DoorbellPinMap
    {
        /// <summary>Gets or sets the board name shown in the start-up log.</summary>
        public string BoardName;

        /// <summary>Gets or sets the doorbell push button (outside).</summary>
        public int ButtonPin;

        /// <summary>Gets or sets the motion sensor input (optional; -1 when absent).</summary>
        public int MotionPin;

        /// <summary>Gets or sets the chime relay.</summary>
        public int ChimeRelayPin;

        /// <summary>Gets or sets the camera trigger output.</summary>
        public int CameraTriggerPin;

        /// <summary>Gets or sets the door strike relay (optional; -1 when absent).</summary>
        public int StrikeRelayPin;

        /// <summary>Gets or sets the setup button inside the enclosure (pairing, factory reset).</summary>
        public int SetupButtonPin;

        /// <summary>Gets or sets the status LED.</summary>
        public int StatusLedPin;

        /// <summary>Gets or sets whether the chime relay driver energises on a low level.</summary>
        public bool ChimeRelayActiveLow;

        /// <summary>Gets or sets whether the camera trigger input fires on a low level (many cameras' alarm inputs do).</summary>
        public bool CameraTriggerActiveLow;

        /// <summary>Gets or sets whether the door strike relay driver energises on a low level.</summary>
        public bool StrikeRelayActiveLow;

        /// <summary>
        /// The ESP32-DevKitC map: outputs on GPIO 25, 26, 27 and 19, away from strapping pins and pins
        /// that toggle at boot, so neither chime nor strike fires while the chip resets. All outputs drive
        /// an NPN transistor or optocoupler LED, so they are active high. See hardware/doorbell/README.md.
        /// </summary>
        /// <returns>The pin map.</returns>
        public static DoorbellPinMap DevKitC()
        {
            DoorbellPinMap map = new DoorbellPinMap();
            map.BoardName = "ESP32-DevKitC";
            map.ButtonPin = 32;
            map.MotionPin = 34;
            map.ChimeRelayPin = 26;
            map.CameraTriggerPin = 27;
            map.StrikeRelayPin = 25;
            map.SetupButtonPin = 18;
            map.StatusLedPin = 19;
            map.ChimeRelayActiveLow = false;
            map.CameraTriggerActiveLow = false;
            map.StrikeRelayActiveLow = false;
            return map;
        }
    }
}
