// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Key administration: list, revoke, rotate.</summary>
    public sealed partial class OwnerClient
    {
        private const int KeyListEntrySize = 1 + 1 + 8;

        /// <summary>Lists the keys paired with a device (admin).</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The keys.</returns>
        public IReadOnlyList<KeyInfo> ListKeys(string device, CancellationToken cancel)
        {
            CommandResult result = EnsureDone(SendCommand(device, null, (byte)ProtocolAction.ListKeys, Array.Empty<byte>(), cancel));
            var keys = new List<KeyInfo>();
            byte[] data = result.Data;
            int count = data.Length > 0 ? data[0] : 0;
            for (int i = 0; i < count && 1 + ((i + 1) * KeyListEntrySize) <= data.Length; i++)
            {
                int at = 1 + (i * KeyListEntrySize);
                keys.Add(new KeyInfo(data[at], RoleName((OwnerRole)data[at + 1]), Hex.Encode(data.AsSpan(at + 2, 8).ToArray())));
            }

            NameInvitee(device, keys);
            return keys;
        }

        // An invite armed with a name: once exactly one key id is on the device that was not there when it was armed,
        // that key is the invitee's. Two or more new keys are ambiguous and stay unnamed (okf keys name settles it).
        private void NameInvitee(string device, List<KeyInfo> keys)
        {
            PairedDevice entry = FindDevice(LoadKeys(), device, null);
            if (entry.PendingInviteName == null || entry.PendingInviteKnownKeys == null)
            {
                return;
            }

            var fresh = new List<int>();
            foreach (KeyInfo key in keys)
            {
                if (!entry.PendingInviteKnownKeys.Contains(key.KeyId) && KeyName(entry, key.KeyId) == null)
                {
                    fresh.Add(key.KeyId);
                }
            }

            if (fresh.Count != 1)
            {
                return;
            }

            string name = entry.PendingInviteName;
            new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
            {
                if (disk.PendingInviteName != name)
                {
                    return false;
                }

                disk.KeyNames ??= new Dictionary<int, string>();
                disk.KeyNames[fresh[0]] = name;
                disk.PendingInviteName = null;
                disk.PendingInviteKnownKeys = null;
                return true;
            });
        }

        /// <summary>Gets the name your own key gets at pairing: the login name of the user running okf.</summary>
        public static string OwnKeyName => string.IsNullOrWhiteSpace(Environment.UserName) ? "me" : Environment.UserName;

        /// <summary>
        /// Names a key id of a device in the key file (or removes the name with null). Local only: names never go to
        /// the device or the broker.
        /// </summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="keyId">Key id (0-255).</param>
        /// <param name="name">The name (1-32 characters), or null to remove it.</param>
        /// <returns>The device entry.</returns>
        public PairedDevice NameKey(string device, int keyId, string name)
        {
            name = name?.Trim();
            if (keyId < 0 || keyId > 255 || (name != null && (name.Length == 0 || name.Length > 32)))
            {
                throw new OwnerToolException(ExitCode.Usage, "give a key id 0-255 and a name of 1-32 characters.");
            }

            PairedDevice entry = FindDevice(LoadKeys(), device, null);
            bool found = new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
            {
                disk.KeyNames ??= new Dictionary<int, string>();
                if (name == null)
                {
                    return disk.KeyNames.Remove(keyId);
                }

                disk.KeyNames[keyId] = name;
                return true;
            });
            if (!found)
            {
                throw new OwnerToolException(ExitCode.NotPaired, "'" + entry.Name + "' is no longer in the key file (removed meanwhile by another okf).");
            }

            return entry;
        }

        /// <summary>The local name of a key id, or null.</summary>
        /// <param name="entry">The device entry.</param>
        /// <param name="keyId">Key id.</param>
        /// <returns>The name.</returns>
        public static string KeyName(PairedDevice entry, int keyId)
        {
            return entry.KeyNames != null && entry.KeyNames.TryGetValue(keyId, out string name) ? name : null;
        }

        /// <summary>Revokes a key on a device (admin); takes effect with this one message.</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="keyId">Key id to revoke.</param>
        /// <param name="cancel">Cancellation.</param>
        public void RevokeKey(string device, byte keyId, CancellationToken cancel)
        {
            EnsureDone(SendCommand(device, null, (byte)ProtocolAction.RevokeKey, new[] { keyId }, cancel));

            // The device may give the id to someone else later: the old name must not follow it.
            PairedDevice entry = FindDevice(LoadKeys(), device, null);
            new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk => disk.KeyNames != null && disk.KeyNames.Remove(keyId));
        }

        /// <summary>
        /// Replaces this owner's key on a device: a new X25519 key pair, the new master key chained from the old one.
        /// The new master is saved as pending before the command leaves and promoted when the device confirms.
        /// </summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        public void RotateKey(string device, CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);
            if (entry.PendingMasterKey != null)
            {
                throw new OwnerToolException(ExitCode.Usage, "a rotation of '" + entry.Name
                    + "' is still unconfirmed; run any command (e.g. status) to settle it first.");
            }

            byte[] newPrivate = new byte[ProtocolConstants.PublicKeySize];
            byte[] newPublic = new byte[ProtocolConstants.PublicKeySize];
            _random.NextBytes(newPrivate);
            X25519.PublicKeyFromPrivate(newPrivate, newPublic);
            byte[] deviceId = Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] master = Hex.TryDecode(entry.MasterKey, ProtocolConstants.MasterKeySize);
            var current = new OwnerSession(_backend, deviceId, (byte)entry.KeyId, master, entry.NextCounter);
            byte[] rotated = current.RotatedMasterKey(newPrivate, Hex.TryDecode(entry.DevicePublicKey, ProtocolConstants.PublicKeySize));
            current.Clear();
            SecureBuffer.Clear(master);
            SecureBuffer.Clear(newPrivate);
            if (rotated == null)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "the pinned device key of '" + entry.Name + "' is unusable.");
            }

            string pendingKey = Hex.Encode(rotated);
            SecureBuffer.Clear(rotated);
            var entryStore = new KeyFileSessionStore(Store, entry);
            bool found = entryStore.UpdateEntry(null, disk =>
            {
                if (disk.PendingMasterKey != null)
                {
                    throw new OwnerToolException(ExitCode.Usage, "a rotation of '" + entry.Name
                        + "' was started meanwhile by another okf and is unconfirmed; run any command (e.g. status) to settle it first.");
                }

                if (disk.MasterKey != entry.MasterKey)
                {
                    throw new OwnerToolException(ExitCode.Usage, "the key of '" + entry.Name + "' was rotated meanwhile by another okf; run rotate again.");
                }

                disk.PendingMasterKey = pendingKey;
                return true;
            });
            if (!found)
            {
                throw new OwnerToolException(ExitCode.NotPaired, "'" + entry.Name + "' is no longer in the key file (replaced meanwhile by another okf).");
            }

            CommandResult result;
            using (DeviceChannel channel = OpenChannel(file, entry, false))
            {
                result = channel.Execute((byte)ProtocolAction.RotateKey, newPublic, cancel);
            }

            if (result.IsDone)
            {
                entryStore.PromotePending();
                return;
            }

            entryStore.DropPending();
            EnsureDone(result);
        }
    }
}
