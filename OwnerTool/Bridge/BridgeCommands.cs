// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Globalization;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>Home Assistant's command payloads and the okf actions they become (nothing else is sent to a device).</summary>
    public static class BridgeCommands
    {
        /// <summary>Maps a Home Assistant command to an okf action name and argument.</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="objectId">Entity.</param>
        /// <param name="payload">Payload.</param>
        /// <param name="strikeSeconds">Seconds an UNLOCK releases the strike.</param>
        /// <returns>{ action, argument }, or null for anything else.</returns>
        public static string[] Map(string kind, string objectId, string payload, int strikeSeconds)
        {
            if (kind == DeviceActions.Garage && objectId == BridgeDiscovery.Door)
            {
                switch (payload)
                {
                    case BridgeState.OpenCommand: return new[] { "open", null };
                    case BridgeState.CloseCommand: return new[] { "close", null };
                    case BridgeState.StopCommand: return new[] { "stop", null };
                }
            }

            if (kind == DeviceActions.Doorbell && objectId == BridgeDiscovery.Strike)
            {
                switch (payload)
                {
                    case BridgeState.UnlockCommand: return new[] { "unlock", strikeSeconds.ToString(CultureInfo.InvariantCulture) };
                    case BridgeState.LockCommand: return new[] { "lock", null };
                }
            }

            return null;
        }
    }
}
