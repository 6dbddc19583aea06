// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Why a message was accepted or refused. 0x00-0x0F are refusals of unauthenticated input: counted, never
    /// answered. 0x10-0x3F are answered inside an authenticated result. 0x40-0x5F belong to the garage
    /// controller and 0x60-0x7F to the doorbell controller.
    /// </summary>
    public enum ReasonCode : byte
    {
        /// <summary>Accepted and done.</summary>
        Done = 0x00,

        /// <summary>Length outside the message type's bounds.</summary>
        BadLength = 0x01,

        /// <summary>Unknown protocol version.</summary>
        BadVersion = 0x02,

        /// <summary>Message type not allowed on this topic.</summary>
        BadType = 0x03,

        /// <summary>Addressed to another device.</summary>
        WrongDevice = 0x04,

        /// <summary>Key id not paired (or a guest pass issued by a key that is not an admin).</summary>
        UnknownKey = 0x05,

        /// <summary>Counter already seen, too old for the reorder window, zero, or too large.</summary>
        Replayed = 0x06,

        /// <summary>Echoed freshness nonce is neither the current nor the previous one.</summary>
        StaleNonce = 0x07,

        /// <summary>MAC verification budget exhausted for now.</summary>
        RateLimited = 0x08,

        /// <summary>Authentication tag wrong.</summary>
        BadTag = 0x09,

        /// <summary>A retained message on the command topic: ignored by rule.</summary>
        Retained = 0x0A,

        /// <summary>A field inside a fixed-layout message has an invalid value.</summary>
        BadField = 0x0B,

        /// <summary>Pairing request while no pairing window is open.</summary>
        PairingClosed = 0x0C,

        /// <summary>Pairing proof wrong, or the printed secret once an owner is paired (counted in this window).</summary>
        BadProof = 0x0D,

        /// <summary>The current pairing window was closed by too many wrong proofs (the next long press opens a new one).</summary>
        PairingLocked = 0x0E,

        /// <summary>Owner public key gives an all-zero X25519 result.</summary>
        WeakPublicKey = 0x0F,

        /// <summary>Authenticated, but the plaintext is malformed.</summary>
        BadPlaintext = 0x10,

        /// <summary>The sender's role may not perform this action.</summary>
        Forbidden = 0x11,

        /// <summary>Unknown action code.</summary>
        UnknownAction = 0x12,

        /// <summary>Arguments of the wrong length or value.</summary>
        BadArguments = 0x13,

        /// <summary>The change would leave the device without an admin.</summary>
        LastAdmin = 0x14,

        /// <summary>No free owner slot.</summary>
        RegistryFull = 0x15,

        /// <summary>The key named in the arguments is not paired.</summary>
        NoSuchKey = 0x16,

        /// <summary>Counter at or below the persisted floor; the result data carries the floor (8 bytes).</summary>
        CounterResync = 0x17,

        /// <summary>Guest pass expired.</summary>
        PassExpired = 0x18,

        /// <summary>Guest pass not yet valid.</summary>
        PassNotYetValid = 0x19,

        /// <summary>Guest pass has no uses left.</summary>
        PassUsedUp = 0x1A,

        /// <summary>Guest pass revoked (by id or by an epoch bump).</summary>
        PassRevoked = 0x1B,

        /// <summary>Action not in the guest pass's action mask.</summary>
        PassActionNotAllowed = 0x1C,

        /// <summary>The device has no trusted time yet, so it cannot check an expiry.</summary>
        TimeUnknown = 0x1D,

        /// <summary>The device tracks too many passes already.</summary>
        PassTableFull = 0x1E,

        /// <summary>The revoked-pass list is full: bump the epoch instead.</summary>
        RevocationListFull = 0x1F,

        /// <summary>The device cannot do this now (for example the X25519 of a rotation failed).</summary>
        Failed = 0x20,

        /// <summary>An admin's owner time is outside the range the device accepts (docs/PROTOCOL.md §12): not executed.</summary>
        BadTime = 0x21,

        /// <summary>Authentic, but the freshness window ended before the action could run: not executed.</summary>
        TooLate = 0x22,
    }
}
