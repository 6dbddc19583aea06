// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Runtime
{
    /// <summary>
    /// The doorbell's device action codes (0x20-0x3F, inside the encrypted command). Every result but Settings
    /// carries the doorbell snapshot (<see cref="DoorbellSnapshotCodec"/>).
    /// </summary>
    public static class DoorbellAction
    {
        /// <summary>Report the doorbell. No arguments.</summary>
        public const byte Status = 0x20;

        /// <summary>Mute the chime. Argument: minutes (2, big-endian).</summary>
        public const byte Mute = 0x21;

        /// <summary>End a mute. No arguments.</summary>
        public const byte Unmute = 0x22;

        /// <summary>Do-not-disturb. Argument: 1 on, 0 off (1).</summary>
        public const byte DoNotDisturb = 0x23;

        /// <summary>Play the chime once. No arguments.</summary>
        public const byte ChimeTest = 0x24;

        /// <summary>Pulse the camera trigger. No arguments.</summary>
        public const byte Snapshot = 0x25;

        /// <summary>Owners (admin, member) or a pass that allows it: release the strike. Argument: seconds 1-10 (1).</summary>
        public const byte UnlockStrike = 0x26;

        /// <summary>Lock the strike at once. No arguments.</summary>
        public const byte LockStrike = 0x27;

        /// <summary>
        /// Admin keys only: read (no arguments) or replace the settings (<see cref="DoorbellSettingsCodec"/>). The
        /// result is the encoded settings in force after applying, not the snapshot.
        /// </summary>
        public const byte Settings = 0x28;
    }
}
