// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>What the keep-alive logic asks for at a given time.</summary>
    public enum KeepAliveAction
    {
        /// <summary>Nothing to do.</summary>
        None = 0,

        /// <summary>Nothing was sent for a whole keep-alive period: send PINGREQ.</summary>
        SendPing,

        /// <summary>A PINGREQ got no PINGRESP within a keep-alive period: the connection is dead.</summary>
        ConnectionLost,
    }
}
