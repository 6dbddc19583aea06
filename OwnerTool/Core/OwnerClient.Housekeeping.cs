// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Key file housekeeping: rename and forget pairings, and the devices' retained online status.</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>Longest wait for the retained status topics in <see cref="ReadOnlineStatus"/>.</summary>
        public static readonly TimeSpan StatusWait = TimeSpan.FromSeconds(2);

        /// <summary>Renames a paired device in the key file (the device is not contacted).</summary>
        /// <param name="nameOrId">Current name or device id.</param>
        /// <param name="newName">New local name.</param>
        /// <returns>The renamed entry.</returns>
        public PairedDevice Rename(string nameOrId, string newName)
        {
            newName = newName?.Trim();
            if (string.IsNullOrEmpty(newName) || newName.Length > 64)
            {
                throw new OwnerToolException(ExitCode.Usage, "give a new name of 1-64 characters.");
            }

            PairedDevice target = FindDevice(LoadKeys(), nameOrId, null);
            PairedDevice renamed = null;
            Store.Update(file =>
            {
                foreach (PairedDevice d in file.Devices)
                {
                    if (d.Name == newName && d.DeviceId != target.DeviceId)
                    {
                        throw new OwnerToolException(ExitCode.Usage, "the name '" + newName + "' is taken.");
                    }
                }

                renamed = KeyFileMerge.FindSamePairing(file, target)
                    ?? throw new OwnerToolException(ExitCode.NotPaired, "'" + target.Name + "' was removed meanwhile by another okf.");
                renamed.Name = newName;
                return true;
            });
            return renamed;
        }

        /// <summary>
        /// Removes a pairing from the key file. The device still holds the key: revoke it first (okf keys revoke) when
        /// the key may have leaked; forgetting alone only stops this key file from using it.
        /// </summary>
        /// <param name="nameOrId">Name or device id.</param>
        /// <returns>The removed entry (its master key cleared).</returns>
        public PairedDevice Forget(string nameOrId)
        {
            PairedDevice target = FindDevice(LoadKeys(), nameOrId, null);
            Store.Update(file =>
            {
                PairedDevice current = KeyFileMerge.FindSamePairing(file, target);
                return current != null && file.Devices.Remove(current);
            });
            target.MasterKey = null;
            target.PendingMasterKey = null;
            return target;
        }

        /// <summary>
        /// Reads each device's retained status topic ("online"/"offline", unauthenticated: the broker could forge it).
        /// A device that has never connected has no retained status: "unknown". Without a broker every device is "unknown".
        /// </summary>
        /// <param name="file">The key file.</param>
        /// <returns>Device id to status.</returns>
        public IDictionary<string, string> ReadOnlineStatus(OwnerKeyFile file)
        {
            var status = new Dictionary<string, string>(StringComparer.Ordinal);
            var topics = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (PairedDevice d in file.Devices)
            {
                status[d.DeviceId] = "unknown";
                byte[] id = Hex.TryDecode(d.DeviceId, ProtocolConstants.DeviceIdSize);
                if (id != null)
                {
                    topics[ProtocolTopics.Status(id)] = d.DeviceId;
                }
            }

            if (topics.Count == 0)
            {
                return status;
            }

            try
            {
                using (MqttLink link = Connect())
                {
                    Deadline deadline = Deadline.After(_settings.Timeout < StatusWait ? _settings.Timeout : StatusWait);
                    link.Subscribe(deadline, new List<string>(topics.Keys).ToArray());
                    int seen = 0;
                    while (seen < topics.Count && link.TryReceive(deadline, CancellationToken.None, out InboundMessage m))
                    {
                        if (topics.TryGetValue(m.Topic, out string deviceId))
                        {
                            status[deviceId] = Encoding.UTF8.GetString(m.Payload) == "online" ? "online" : "offline";
                            seen++;
                        }
                    }
                }
            }
            catch (OwnerToolException)
            {
                // The list is still useful without the broker: the status stays unknown.
            }

            return status;
        }
    }
}
