// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>
    /// The Wi-Fi and SNTP side of a virtual board. The PC is already on a network with a synchronised clock,
    /// so these only record what the firmware asked for and answer as a tests configures them.
    /// </summary>
    public sealed class VirtualNetwork
    {
        /// <summary>Gets or sets whether Wi-Fi connections succeed (default <c>true</c>).</summary>
        public bool WifiAvailable { get; set; } = true;

        /// <summary>Gets the SSID of the last connection attempt, or null.</summary>
        public string LastSsid { get; internal set; }

        /// <summary>Gets how many connection attempts the firmware made.</summary>
        public int ConnectAttempts { get; internal set; }

        /// <summary>Gets whether the Wi-Fi is connected.</summary>
        public bool WifiConnected { get; internal set; }

        /// <summary>Gets the event set while the network is ready (what <c>WifiNetworkHelper.NetworkReady</c> returns).</summary>
        public ManualResetEvent NetworkReady { get; } = new ManualResetEvent(false);

        /// <summary>Gets whether the SNTP client runs.</summary>
        public bool SntpStarted { get; internal set; }

        /// <summary>Gets how many immediate SNTP updates were asked for.</summary>
        public int SntpUpdates { get; internal set; }

        /// <summary>Gets or sets the main SNTP server name.</summary>
        public string SntpServer1 { get; set; } = "0.pool.ntp.org";

        /// <summary>Gets or sets the backup SNTP server name.</summary>
        public string SntpServer2 { get; set; } = "1.pool.ntp.org";
    }
}
