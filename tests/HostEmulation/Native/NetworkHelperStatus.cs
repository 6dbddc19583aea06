// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.Networking
{
    /// <summary>Outcome of the network helpers, with nanoFramework's names and order.</summary>
    public enum NetworkHelperStatus
    {
        /// <summary>Nothing happened yet.</summary>
        None,

        /// <summary>Waiting for the network.</summary>
        Started,

        /// <summary>The network is ready.</summary>
        NetworkIsReady,

        /// <summary>No network interface is configured.</summary>
        FailedNoNetworkInterface,

        /// <summary>Timed out waiting for an IP address.</summary>
        TokenExpiredWaitingIPAddress,

        /// <summary>Timed out waiting for a valid date and time.</summary>
        TokenExpiredWaitingDateTime,

        /// <summary>Connecting failed during a scan (upstream's spelling).</summary>
        ErrorConnetingToWiFiWhileScanning,

        /// <summary>An exception occurred; see <c>HelperException</c>.</summary>
        ExceptionOccurred,

        /// <summary>The connection was lost and the helper is reconnecting.</summary>
        Reconnecting,
    }
}
