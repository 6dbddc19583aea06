// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>Message type byte (offset 1 of every message).</summary>
    public enum MessageType : byte
    {
        /// <summary>Owner to device: an encrypted, authenticated command.</summary>
        Command = 0x01,

        /// <summary>Owner to device: a command made with a guest pass.</summary>
        GuestCommand = 0x02,

        /// <summary>Device to owner: the authenticated result of a command.</summary>
        Result = 0x03,

        /// <summary>Device to owner: an authenticated event (ring, door moved, ...).</summary>
        Event = 0x04,

        /// <summary>Device, retained, in the clear: the current freshness nonce.</summary>
        Nonce = 0x05,

        /// <summary>Owner to device: pairing request.</summary>
        PairingRequest = 0x10,

        /// <summary>Device to owner: pairing response.</summary>
        PairingResponse = 0x11,
    }
}
