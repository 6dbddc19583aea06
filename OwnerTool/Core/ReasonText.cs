// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace OwnerTool.Core
{
    /// <summary>
    /// The one table from reason code to name and human text: protocol codes (0x00-0x3F, Shared.Crypto ReasonCode),
    /// garage codes (0x40-0x5F, GarageReason) and doorbell codes (0x60-0x7F, DoorbellReason). The firmware is not
    /// referenced; a test parses those sources and fails when a code here is missing or misnamed.
    /// </summary>
    public static class ReasonText
    {
        private static readonly Dictionary<byte, (string Name, string Text)> Table = new Dictionary<byte, (string, string)>
        {
            // Protocol: refusals of unauthenticated input (never answered by a device; seen locally).
            [0x00] = ("Done", "done"),
            [0x01] = ("BadLength", "message length out of bounds"),
            [0x02] = ("BadVersion", "unknown protocol version"),
            [0x03] = ("BadType", "message type not allowed here"),
            [0x04] = ("WrongDevice", "addressed to another device"),
            [0x05] = ("UnknownKey", "key not paired with this device"),
            [0x06] = ("Replayed", "counter already used or outside the window"),
            [0x07] = ("StaleNonce", "freshness nonce too old"),
            [0x08] = ("RateLimited", "device is rate limiting, try again shortly"),
            [0x09] = ("BadTag", "authentication tag wrong"),
            [0x0A] = ("Retained", "retained message ignored"),
            [0x0B] = ("BadField", "invalid field value"),
            [0x0C] = ("PairingClosed", "pairing window closed (long-press the device's setup button)"),
            [0x0D] = ("BadProof", "pairing proof wrong (URI from another device or mistyped)"),
            [0x0E] = ("PairingLocked", "this pairing window closed after too many wrong proofs (a new long press opens a new one)"),
            [0x0F] = ("WeakPublicKey", "unusable public key"),

            // Protocol: answered inside an authenticated result.
            [0x10] = ("BadPlaintext", "malformed command"),
            [0x11] = ("Forbidden", "your role may not do this (admin only)"),
            [0x12] = ("UnknownAction", "the device does not know this action"),
            [0x13] = ("BadArguments", "wrong arguments for this action"),
            [0x14] = ("LastAdmin", "would leave the device without an admin"),
            [0x15] = ("RegistryFull", "no free owner slot on the device"),
            [0x16] = ("NoSuchKey", "no such key on the device"),
            [0x17] = ("CounterResync", "counter behind the device's floor (resynchronised)"),
            [0x18] = ("PassExpired", "guest pass expired"),
            [0x19] = ("PassNotYetValid", "guest pass not valid yet"),
            [0x1A] = ("PassUsedUp", "guest pass has no uses left"),
            [0x1B] = ("PassRevoked", "guest pass revoked"),
            [0x1C] = ("PassActionNotAllowed", "guest pass does not allow this action"),
            [0x1D] = ("TimeUnknown", "device has no trusted time yet (an admin command sets it)"),
            [0x1E] = ("PassTableFull", "device tracks too many passes already"),
            [0x1F] = ("RevocationListFull", "revocation list full: revoke all passes instead"),
            [0x20] = ("Failed", "the device could not do this now"),
            [0x21] = ("BadTime", "this computer's clock is outside 2020-2100; fix it and try again (not carried out)"),
            [0x22] = ("TooLate", "the command reached the device after its freshness window (not carried out; try again)"),

            // Garage opener (GarageReason): refusals 0x40-0x4F, faults 0x50-0x5F.
            [0x40] = ("AlreadyOpen", "door already open"),
            [0x41] = ("AlreadyClosed", "door already closed"),
            [0x42] = ("LockedOut", "vacation lockout is on (admin only)"),
            [0x43] = ("NotPermitted", "needs an admin key"),
            [0x44] = ("ClosedLimitUntrusted", "closed-limit sensor untrusted"),
            [0x45] = ("UnattendedCloseSuspended", "remote close suspended after two obstructions (local reset needed)"),
            [0x46] = ("InFault", "opener in fault (local reset needed)"),
            [0x47] = ("InMotion", "door is moving"),
            [0x48] = ("ObstructionActive", "obstruction sensor active"),
            [0x49] = ("SensorsSettling", "limit sensors still settling after boot"),
            [0x4A] = ("InvalidSetting", "invalid setting"),
            [0x50] = ("DepartureTimeout", "fault: door did not leave its limit after the pulse"),
            [0x51] = ("ArrivalTimeout", "fault: door did not reach the other limit in time"),
            [0x52] = ("LimitConflict", "fault: both limit switches active"),
            [0x53] = ("ReversalNotObserved", "fault: no reversal seen after an obstruction"),
            [0x54] = ("WrongDirection", "fault: toggle opener ended at the wrong limit"),

            // Doorbell (DoorbellReason): 0x60-0x7F.
            [0x60] = ("ActorNotAllowed", "sender may not command the doorbell"),
            [0x61] = ("GuestNotAllowed", "guests may not do this"),
            [0x62] = ("StrikeDurationOutOfRange", "strike time must be 1-10 s"),
            [0x63] = ("StrikeNotFitted", "no door strike fitted"),
            [0x64] = ("MuteDurationOutOfRange", "mute time out of range"),
            [0x65] = ("SettingsInvalid", "invalid settings"),
            [0x66] = ("FactoryResetInProgress", "factory reset in progress"),
            [0x67] = ("StatusTargetMissing", "device could not report status"),
        };

        /// <summary>Tells whether the table has an entry for a code.</summary>
        /// <param name="code">Reason code.</param>
        /// <returns>True when known.</returns>
        public static bool IsKnown(byte code) => Table.ContainsKey(code);

        /// <summary>Gets the source name of a code ("ClosedLimitUntrusted"), or "Unknown".</summary>
        /// <param name="code">Reason code.</param>
        /// <returns>The name.</returns>
        public static string NameOf(byte code) => Table.TryGetValue(code, out var entry) ? entry.Name : "Unknown";

        /// <summary>Gets the human text of a code.</summary>
        /// <param name="code">Reason code.</param>
        /// <returns>The text.</returns>
        public static string TextOf(byte code) => Table.TryGetValue(code, out var entry) ? entry.Text : "unknown reason";

        /// <summary>Formats a code for a message: "closed-limit sensor untrusted (ClosedLimitUntrusted, 0x44)".</summary>
        /// <param name="code">Reason code.</param>
        /// <returns>The text.</returns>
        public static string Describe(byte code) => TextOf(code) + " (" + NameOf(code) + ", 0x" + code.ToString("X2") + ")";

        /// <summary>Gets every code in the table (tests).</summary>
        /// <returns>The codes.</returns>
        public static IEnumerable<byte> Codes() => Table.Keys;
    }
}
