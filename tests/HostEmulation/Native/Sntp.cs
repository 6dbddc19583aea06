// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Board;

namespace nanoFramework.Networking
{
    /// <summary>
    /// nanoFramework's SNTP client over the current board's <see cref="VirtualNetwork"/>. The PC's clock is
    /// already synchronised, so the calls only record state.
    /// </summary>
    public static class Sntp
    {
        /// <summary>Gets whether the client runs.</summary>
        public static bool IsStarted => VirtualBoard.Current.Network.SntpStarted;

        /// <summary>Gets or sets the main server.</summary>
        public static string Server1
        {
            get => VirtualBoard.Current.Network.SntpServer1;
            set => VirtualBoard.Current.Network.SntpServer1 = value;
        }

        /// <summary>Gets or sets the backup server.</summary>
        public static string Server2
        {
            get => VirtualBoard.Current.Network.SntpServer2;
            set => VirtualBoard.Current.Network.SntpServer2 = value;
        }

        /// <summary>Starts periodic synchronisation.</summary>
        public static void Start()
        {
            VirtualBoard.Current.Network.SntpStarted = true;
        }

        /// <summary>Stops synchronisation.</summary>
        public static void Stop()
        {
            VirtualBoard.Current.Network.SntpStarted = false;
        }

        /// <summary>Synchronises now (restarts the client).</summary>
        public static void UpdateNow()
        {
            VirtualNetwork network = VirtualBoard.Current.Network;
            network.SntpUpdates++;
            network.SntpStarted = true;
        }
    }
}
