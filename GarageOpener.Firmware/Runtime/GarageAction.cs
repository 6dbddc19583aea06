// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>
    /// The garage opener's device action codes (0x20-0x3F, inside the encrypted command). Every result carries
    /// the door snapshot (<see cref="GarageSnapshotCodec"/>), except Settings (the settings in force).
    /// </summary>
    public static class GarageAction
    {
        /// <summary>Any role or pass: report the door. No arguments.</summary>
        public const byte Status = 0x20;

        /// <summary>Open the door. No arguments.</summary>
        public const byte Open = 0x21;

        /// <summary>Close the door (with the 5 s warning). No arguments.</summary>
        public const byte Close = 0x22;

        /// <summary>Stop a moving door. No arguments.</summary>
        public const byte Stop = 0x23;

        /// <summary>Admin: vacation lockout on. No arguments.</summary>
        public const byte Lock = 0x24;

        /// <summary>Admin: vacation lockout off. No arguments.</summary>
        public const byte Unlock = 0x25;

        /// <summary>
        /// Admin: settings. No arguments reads them; to change them, the arguments (big-endian) are pulse ms (2),
        /// minimum gap ms (2), warning ms (2), departure timeout ms (2), travel margin ms (2), auto-close minutes (1),
        /// opener kind (1). Either way the result data is the settings in force, in the same 12-byte layout.
        /// </summary>
        public const byte Settings = 0x26;

        /// <summary>Audit only (never a command): the door moved or changed state without a command.</summary>
        public const byte ObservedMove = 0x3F;

        /// <summary>Length of the <see cref="Settings"/> arguments.</summary>
        public const int SettingsLength = 12;
    }
}
