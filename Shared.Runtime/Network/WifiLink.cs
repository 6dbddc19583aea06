// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.Networking;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Network
{
    /// <summary>
    /// The Wi-Fi step (adapter over WifiNetworkHelper). The station keeps itself connected afterwards
    /// (automatic reconnection); the MQTT back-off covers the gaps.
    /// </summary>
    public static class WifiLink
    {
        /// <summary>How long one DHCP attempt may take, milliseconds.</summary>
        public const int ConnectTimeoutMs = 60000;

        /// <summary>Joins the network; an empty SSID skips the step (the PC, a wired board).</summary>
        /// <param name="ssid">Network name.</param>
        /// <param name="password">Password (empty for open networks).</param>
        /// <param name="log">Console.</param>
        /// <returns>True when an address was obtained or the step was skipped.</returns>
        public static bool Connect(string ssid, string password, ILog log)
        {
            return Connect(ssid, password, false, log);
        }

        /// <summary>
        /// Joins the network; an empty SSID skips the step. With <paramref name="waitForClock"/> the step also
        /// waits (within the same timeout) until the firmware's SNTP client has set the clock, which TLS needs.
        /// </summary>
        /// <param name="ssid">Network name.</param>
        /// <param name="password">Password (empty for open networks).</param>
        /// <param name="waitForClock">Wait for a valid date and time too.</param>
        /// <param name="log">Console.</param>
        /// <returns>True when an address (and, if asked, the time) was obtained or the step was skipped.</returns>
        public static bool Connect(string ssid, string password, bool waitForClock, ILog log)
        {
            if (ssid == null || ssid.Length == 0)
            {
                log.WriteLine("wifi: no SSID configured; assuming the network is already up");
                return true;
            }

            try
            {
                System.Threading.CancellationTokenSource cts = new System.Threading.CancellationTokenSource(ConnectTimeoutMs);
                bool ok = WifiNetworkHelper.ConnectDhcp(ssid, password, System.Device.Wifi.WifiReconnectionKind.Automatic,
                    waitForClock, 0, cts.Token);
                log.WriteLine(ok ? "wifi: connected to " + ssid : "wifi: could not join " + ssid + " (status "
                    + ((int)WifiNetworkHelper.Status).ToString() + ")");
                return ok;
            }
            catch (Exception ex)
            {
                log.WriteLine("wifi: " + ex.Message);
                return false;
            }
        }
    }
}
