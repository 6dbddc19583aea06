// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Device;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Fixed limits of the doorbell that no setting or command can move. They are safety and privacy
    /// bounds, not tuning knobs: settings are clamped inside them.
    /// </summary>
    public static class DoorbellLimits
    {
        /// <summary>Shortest door strike release an owner may ask for, in seconds.</summary>
        public const int StrikeMinSeconds = 1;

        /// <summary>Longest door strike release, in seconds: a strike left open is an open door.</summary>
        public const int StrikeMaxSeconds = 10;

        /// <summary>Longest mute an owner may ask for, in minutes (one day), so a forgotten mute ends.</summary>
        public const int MuteMaxMinutes = 24 * 60;

        /// <summary>Longest single chime relay closure in milliseconds: a transformer chime coil must not cook.</summary>
        public const int ChimeMaxOnMs = 2000;

        /// <summary>Longest camera trigger pulse in milliseconds.</summary>
        public const int CameraMaxPulseMs = 5000;

        /// <summary>How long the setup button must be held to open the pairing window, in milliseconds.</summary>
        public const int PairingHoldMs = SetupButton.PairingHoldMs;

        /// <summary>How long the setup button must be held through boot to factory-reset, in milliseconds.</summary>
        public const int FactoryResetHoldMs = SetupButton.FactoryResetHoldMs;

        /// <summary>
        /// After start, how long the setup button has to be seen held for the reset gesture to arm, in
        /// milliseconds. After that the gesture is impossible until the next power-up.
        /// </summary>
        public const int FactoryResetArmWindowMs = SetupButton.FactoryResetArmWindowMs;

        /// <summary>How long the LED shows the factory-reset confirmation before the runtime restarts, in milliseconds.</summary>
        public const int FactoryResetConfirmMs = 3000;

        /// <summary>How long the LED acknowledges an accepted ring, in milliseconds.</summary>
        public const int RingAcknowledgeMs = 2000;

        /// <summary>Debounce of the setup button, in milliseconds (short wire inside the enclosure).</summary>
        public const int SetupDebounceMs = 30;

        /// <summary>Minimum press of the setup button, in milliseconds.</summary>
        public const int SetupMinPressMs = 50;

        /// <summary>Most queued events handed to the sink in one poll, so a backlog never starves the button.</summary>
        public const int DeliveriesPerPoll = 4;

        /// <summary>Wait after a failed delivery before the next attempt, in milliseconds.</summary>
        public const int DeliveryRetryMs = 1000;

        /// <summary>Default capacity of the offline event queue.</summary>
        public const int DefaultQueueCapacity = 16;
    }
}
