// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using OwnerTool.Core;
using Shared.Crypto.Audit;

namespace OwnerTool.Cli
{
    /// <summary>The status snapshots (DEVICES.md §2.2 garage, §3.2 doorbell) as named fields for <c>--json</c>.</summary>
    public static class SnapshotJson
    {
        private const int GarageSize = 9;
        private const int DoorbellSize = 14;
        private static readonly string[] Directions = { "none", "up", "down" };

        /// <summary>Names the fields of a status result.</summary>
        /// <param name="device">The device entry.</param>
        /// <param name="data">Result data.</param>
        /// <returns>The object to serialize.</returns>
        public static IDictionary<string, object> Of(PairedDevice device, byte[] data)
        {
            var fields = new Dictionary<string, object>
            {
                ["device"] = device.Name,
                ["deviceId"] = device.DeviceId,
                ["kind"] = device.Kind,
            };
            if (device.Kind == DeviceActions.Garage && data.Length >= GarageSize)
            {
                var cause = new AuditEntry { ActorKind = (ActorKind)data[3], ActorId = ((uint)data[4] << 24) | ((uint)data[5] << 16) | ((uint)data[6] << 8) | data[7] };
                fields["state"] = Formatting.State(device.Kind, data[0]);
                fields["obstructed"] = (data[1] & 0x01) != 0;
                fields["lockout"] = (data[1] & 0x02) != 0;
                fields["closeSuspended"] = (data[1] & 0x04) != 0;
                fields["warning"] = (data[1] & 0x08) != 0;
                fields["fault"] = data[2] == 0 ? null : ReasonText.NameOf(data[2]);
                fields["lastChangedBy"] = data[3] == 0 ? null : Formatting.Who(cause);
                fields["direction"] = data[8] < Directions.Length ? Directions[data[8]] : data[8].ToString();
            }
            else if (device.Kind == DeviceActions.Doorbell && data.Length >= DoorbellSize)
            {
                byte flags = data[0];
                fields["online"] = (flags & 0x01) != 0;
                fields["muted"] = (flags & 0x02) != 0;
                fields["muteSecondsLeft"] = (data[1] << 8) | data[2];
                fields["doNotDisturb"] = (flags & 0x04) != 0;
                fields["chime"] = (flags & 0x08) != 0;
                fields["strikeFitted"] = (flags & 0x10) != 0;
                fields["strikeUnlocked"] = (flags & 0x20) != 0;
                fields["strikeMsLeft"] = (data[3] << 8) | data[4];
                fields["motionFitted"] = (flags & 0x40) != 0;
                fields["lastEvent"] = (uint)((data[5] << 24) | (data[6] << 16) | (data[7] << 8) | data[8]);
                fields["rateLimitedPresses"] = (data[9] << 8) | data[10];
                fields["queuedEvents"] = (int)data[11];
                fields["droppedEvents"] = (data[12] << 8) | data[13];
            }
            else
            {
                fields["data"] = Hex.Encode(data);
            }

            return fields;
        }
    }
}
