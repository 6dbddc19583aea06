// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Wifi;
using System.Threading;
using nanoFramework.HostEmulation.Board;

namespace nanoFramework.Networking
{
    /// <summary>
    /// The members of nanoFramework's Wi-Fi helper the firmware uses, over the current board's
    /// <see cref="VirtualNetwork"/>: the PC is already online, so a connection succeeds at once unless a test
    /// set <see cref="VirtualNetwork.WifiAvailable"/> to false.
    /// </summary>
    public static class WifiNetworkHelper
    {
        private static readonly AsyncLocal<NetworkHelperStatus> s_status = new AsyncLocal<NetworkHelperStatus>();

        /// <summary>Gets the event set while the network is ready.</summary>
        public static ManualResetEvent NetworkReady => VirtualBoard.Current.Network.NetworkReady;

        /// <summary>Gets the outcome of the last call.</summary>
        public static NetworkHelperStatus Status => s_status.Value;

        /// <summary>Gets the exception of a failed call (never set on the PC).</summary>
        public static Exception HelperException { get; internal set; }

        /// <summary>Connects to a Wi-Fi network with DHCP.</summary>
        /// <param name="ssid">The network name.</param>
        /// <param name="password">The passphrase.</param>
        /// <param name="reconnectionKind">Whether to reconnect by itself.</param>
        /// <param name="requiresDateTime">Whether to wait for a valid date and time too.</param>
        /// <param name="wifiAdapterId">The adapter index.</param>
        /// <param name="token">Cancels the wait.</param>
        /// <returns><c>true</c> when connected; otherwise see <see cref="Status"/>.</returns>
        public static bool ConnectDhcp(
            string ssid,
            string password,
            WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic,
            bool requiresDateTime = false,
            int wifiAdapterId = 0,
            CancellationToken token = default)
        {
            VirtualNetwork network = VirtualBoard.Current.Network;
            network.LastSsid = ssid;
            network.ConnectAttempts++;
            return Settle(network, token);
        }

        /// <summary>Connects again with the stored credentials.</summary>
        /// <param name="requiresDateTime">Whether to wait for a valid date and time too.</param>
        /// <param name="wifiAdapterId">The adapter index.</param>
        /// <param name="token">Cancels the wait.</param>
        /// <returns><c>true</c> when connected.</returns>
        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default)
        {
            VirtualNetwork network = VirtualBoard.Current.Network;
            network.ConnectAttempts++;
            return Settle(network, token);
        }

        /// <summary>Disconnects from the network.</summary>
        public static void Disconnect()
        {
            VirtualNetwork network = VirtualBoard.Current.Network;
            network.WifiConnected = false;
            network.NetworkReady.Reset();
        }

        private static bool Settle(VirtualNetwork network, CancellationToken token)
        {
            bool ok = network.WifiAvailable && !token.IsCancellationRequested;
            network.WifiConnected = ok;
            if (ok)
            {
                network.NetworkReady.Set();
            }
            else
            {
                network.NetworkReady.Reset();
            }

            s_status.Value = ok ? NetworkHelperStatus.NetworkIsReady : NetworkHelperStatus.TokenExpiredWaitingIPAddress;
            return ok;
        }
    }
}
