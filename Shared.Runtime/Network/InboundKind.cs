// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>The subscribed topic an inbound message arrived on.</summary>
    public enum InboundKind : byte
    {
        /// <summary>Not one of ours (never queued).</summary>
        Unknown = 0,

        /// <summary>The command topic.</summary>
        Command = 1,

        /// <summary>The pairing request topic.</summary>
        PairingRequest = 2,
    }
}
