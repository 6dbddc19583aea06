// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Result codes of the doorbell's owner commands. 0x00 means done; 0x01-0x3F belong to the protocol;
    /// the doorbell uses 0x60-0x7F. Every refusal has its own name so an owner sees why.
    /// </summary>
    public static class DoorbellReason
    {
        /// <summary>The command was carried out.</summary>
        public const byte Done = 0x00;

        /// <summary>The caller is neither an owner nor a guest (for example an unattributed call).</summary>
        public const byte ActorNotAllowed = 0x60;

        /// <summary>A guest asked for something guests may not do, or their pass does not allow it.</summary>
        public const byte GuestNotAllowed = 0x61;

        /// <summary>The requested strike time is outside 1-10 s.</summary>
        public const byte StrikeDurationOutOfRange = 0x62;

        /// <summary>No door strike is wired to this doorbell.</summary>
        public const byte StrikeNotFitted = 0x63;

        /// <summary>The requested mute time is outside 1 minute to the maximum.</summary>
        public const byte MuteDurationOutOfRange = 0x64;

        /// <summary>The settings were missing or named something that does not exist (for example a chime pattern).</summary>
        public const byte SettingsInvalid = 0x65;

        /// <summary>A factory reset is under way: the device takes no more commands until it restarts.</summary>
        public const byte FactoryResetInProgress = 0x66;

        /// <summary>No snapshot holder was supplied to the status command.</summary>
        public const byte StatusTargetMissing = 0x67;
    }
}
