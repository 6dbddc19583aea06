// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Wifi
{
    /// <summary>Whether the device reconnects to the network by itself.</summary>
    public enum WifiReconnectionKind
    {
        /// <summary>Reconnect automatically.</summary>
        Automatic,

        /// <summary>Reconnect only when asked.</summary>
        Manual,
    }
}
