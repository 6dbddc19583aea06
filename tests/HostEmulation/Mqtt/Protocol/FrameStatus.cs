// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>What the bytes at hand hold of one MQTT packet.</summary>
    public enum FrameStatus
    {
        /// <summary>Not decided yet (never returned by a parser).</summary>
        Unknown = 0,

        /// <summary>A whole packet is present.</summary>
        Complete,

        /// <summary>More bytes are needed.</summary>
        Incomplete,

        /// <summary>The fixed header is invalid (bad remaining length encoding or packet type 0/15).</summary>
        Malformed,

        /// <summary>The packet is larger than the configured limit.</summary>
        TooLarge,
    }
}
