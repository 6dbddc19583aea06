// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Guest passes: issue offline, revoke, and use (the guest's side).</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>Issues a guest pass offline (no broker, no device) and writes the pass file (mode 0600).</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="actionNames">Allowed action names of the device's kind.</param>
        /// <param name="uses">Uses allowed (1-255).</param>
        /// <param name="validFor">How long from now the pass is valid.</param>
        /// <param name="outPath">Pass file path, or null for "NAME-pass-ID.json" in the current folder.</param>
        /// <returns>The pass file content and its path.</returns>
        public (PassFile Pass, string Path) IssuePass(string device, IReadOnlyList<string> actionNames, int uses, TimeSpan validFor, string outPath)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);
            if (entry.Role != "admin")
            {
                throw new OwnerToolException(ExitCode.Refused, "refused: only an admin key can issue guest passes (your key on '"
                    + entry.Name + "' is " + entry.Role + ").");
            }

            if (uses < 1 || uses > 255)
            {
                throw new OwnerToolException(ExitCode.Usage, "--uses must be 1-255.");
            }

            if (validFor <= TimeSpan.Zero)
            {
                throw new OwnerToolException(ExitCode.Usage, "--expires must be a positive duration.");
            }

            uint mask = 0;
            var names = new List<string>();
            foreach (string name in actionNames)
            {
                DeviceAction action = DeviceActions.Find(entry.Kind, name.Trim())
                    ?? throw new OwnerToolException(ExitCode.Usage, "'" + name + "' is not a " + entry.Kind + " action.");
                mask |= 1u << (action.Code - ProtocolConstants.FirstDeviceAction);
                names.Add(action.Name);
            }

            if (mask == 0)
            {
                throw new OwnerToolException(ExitCode.Usage, "name at least one action with --actions.");
            }

            byte[] id = new byte[4];
            _random.NextBytes(id);
            DateTimeOffset now = _clock();
            var pass = new GuestPass
            {
                PassId = BitConverter.ToUInt32(id, 0) | 1u,
                Epoch = (ushort)entry.PassEpoch,
                ActionMask = mask,
                MaxUses = (byte)uses,

                // A minute of slack: the device's trusted clock comes from owners' phones and may run a little behind.
                NotBefore = Math.Max(0, now.ToUnixTimeSeconds() - 60),
                NotAfter = now.Add(validFor).ToUnixTimeSeconds(),
            };
            byte[] deviceId = Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] master = Hex.TryDecode(entry.MasterKey, ProtocolConstants.MasterKeySize);
            var session = new OwnerSession(_backend, deviceId, (byte)entry.KeyId, master, entry.NextCounter);
            byte[] guestKey = session.IssuePass(pass);
            session.Clear();
            SecureBuffer.Clear(master);
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            pass.Encode(body, 0);
            var passFile = new PassFile
            {
                DeviceId = entry.DeviceId,
                DeviceName = entry.Name,
                Kind = entry.Kind,
                IssuerKeyId = entry.KeyId,
                PassId = pass.PassId,
                Pass = Hex.Encode(body),
                GuestKey = Hex.Encode(guestKey),
                Actions = names.ToArray(),
                Uses = uses,
                Expires = DateTimeOffset.FromUnixTimeSeconds(pass.NotAfter).ToString("o"),
            };
            SecureBuffer.Clear(guestKey);
            string path = outPath ?? entry.Name + "-pass-" + pass.PassId.ToString("x8") + ".json";
            KeyStore.WriteJson(path, passFile);
            new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
            {
                disk.IssuedPasses ??= new List<uint>();
                disk.IssuedPasses.Add(pass.PassId);
                disk.Passes ??= new List<IssuedPass>();
                disk.Passes.Add(new IssuedPass
                {
                    PassId = pass.PassId, Actions = names.ToArray(), Uses = uses, Epoch = pass.Epoch, NotBefore = pass.NotBefore, NotAfter = pass.NotAfter,
                    IssuedAt = now.ToUnixTimeSeconds(),
                });
                return true;
            });
            return (passFile, path);
        }

        /// <summary>Revokes one pass this owner issued (admin, needs the device).</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="passId">Pass id.</param>
        /// <param name="force">Send the revocation even when this key file has no record of issuing the pass.</param>
        /// <param name="cancel">Cancellation.</param>
        public void RevokePass(string device, uint passId, bool force, CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);

            // The device cannot know the pass (it was issued offline) and would spend a slot of its revocation list on
            // any id: a typo is caught here.
            if (!force && (entry.IssuedPasses == null || !entry.IssuedPasses.Contains(passId)))
            {
                string known = entry.IssuedPasses == null || entry.IssuedPasses.Count == 0
                    ? "none"
                    : string.Join(", ", entry.IssuedPasses.ConvertAll(id => id.ToString("x8")));
                throw new OwnerToolException(ExitCode.Usage, "pass " + passId.ToString("x8") + " is unknown: this key file issued no pass "
                    + "with that id for '" + entry.Name + "' (issued here: " + known + "); nothing was sent. Check the id, or add --force "
                    + "to revoke a pass issued before okf kept this list.");
            }

            byte[] args = new byte[5];
            args[0] = (byte)entry.KeyId;
            BigEndian.WriteUInt32(args, 1, passId);
            using (DeviceChannel channel = OpenChannel(file, entry))
            {
                EnsureDone(channel.Execute((byte)ProtocolAction.RevokePass, args, cancel));
            }

            new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk => MarkRevoked(disk, p => p.PassId == passId));
        }

        /// <summary>Lists the guest passes issued from this key file (no broker: what the key file remembers).</summary>
        /// <param name="device">Device name or id, or null for every device.</param>
        /// <returns>Device and pass, oldest first per device.</returns>
        public IReadOnlyList<(PairedDevice Device, IssuedPass Pass)> ListPasses(string device)
        {
            OwnerKeyFile file = LoadKeys();
            var passes = new List<(PairedDevice, IssuedPass)>();
            foreach (PairedDevice entry in device == null ? file.Devices : new List<PairedDevice> { FindDevice(file, device, null) })
            {
                foreach (IssuedPass pass in entry.Passes ?? new List<IssuedPass>())
                {
                    passes.Add((entry, pass));
                }
            }

            return passes;
        }

        /// <summary>Tells a pass's state in one word: revoked, expired, not-yet-valid or valid.</summary>
        /// <param name="pass">The pass.</param>
        /// <param name="nowUtcSeconds">Now.</param>
        /// <returns>The word.</returns>
        public static string PassState(IssuedPass pass, long nowUtcSeconds)
        {
            return pass.Revoked ? "revoked" : nowUtcSeconds >= pass.NotAfter ? "expired" : nowUtcSeconds < pass.NotBefore ? "not-yet-valid" : "valid";
        }

        private static bool MarkRevoked(PairedDevice disk, Predicate<IssuedPass> which)
        {
            bool changed = false;
            foreach (IssuedPass pass in disk.Passes ?? new List<IssuedPass>())
            {
                if (!pass.Revoked && which(pass))
                {
                    pass.Revoked = true;
                    changed = true;
                }
            }

            return changed;
        }

        /// <summary>Revokes every guest pass of a device (epoch bump); new passes carry the new epoch.</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The new epoch.</returns>
        public int RevokeAllPasses(string device, CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);
            CommandResult result;
            using (DeviceChannel channel = OpenChannel(file, entry))
            {
                result = EnsureDone(channel.Execute((byte)ProtocolAction.RevokeAllPasses, Array.Empty<byte>(), cancel));
            }

            if (result.Data.Length != 2)
            {
                throw new OwnerToolException(ExitCode.VerificationFailed, "the device's answer carries no epoch.");
            }

            int epoch = BigEndian.ReadUInt16(result.Data, 0);
            new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
            {
                // Every pass of an older epoch stops working on the device.
                bool changed = MarkRevoked(disk, p => p.Epoch < epoch);

                // The device's epoch only grows: a higher one saved meanwhile by another okf stays.
                if (epoch <= disk.PassEpoch)
                {
                    return changed;
                }

                disk.PassEpoch = epoch;
                return true;
            });
            return epoch;
        }

        /// <summary>The guest's side: uses a pass file for one action (needs no key file).</summary>
        /// <param name="passPath">Pass file path.</param>
        /// <param name="actionName">Action name.</param>
        /// <param name="argument">Its argument, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The result.</returns>
        public CommandResult UsePass(string passPath, string actionName, string argument, CancellationToken cancel)
        {
            PassFile passFile = KeyStore.ReadJson<PassFile>(passPath, "pass file", "ask the device's admin for one");
            byte[] deviceId = Hex.TryDecode(passFile.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] body = Hex.TryDecode(passFile.Pass, ProtocolConstants.GuestPassSize);
            byte[] guestKey = Hex.TryDecode(passFile.GuestKey, ProtocolConstants.MasterKeySize);
            var pass = new GuestPass();
            if (passFile.Version != PassFile.CurrentVersion || deviceId == null || body == null || guestKey == null
                || passFile.IssuerKeyId < 0 || passFile.IssuerKeyId > 255 || GuestPass.TryParse(body, 0, pass) != ReasonCode.Done)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "pass file " + passPath + " is corrupt.");
            }

            DeviceAction action = DeviceActions.Find(passFile.Kind, actionName)
                ?? throw new OwnerToolException(ExitCode.Usage, "unknown " + passFile.Kind + " action '" + actionName + "'.");
            byte[] args = DeviceActions.EncodeArgument(action, argument);
            byte issuer = (byte)passFile.IssuerKeyId;
            OwnerSession session = OwnerSession.ForGuest(_backend, deviceId, issuer, pass, guestKey, passFile.NextCounter);
            session.RestoreReceived(passFile.ReceivedHighest);
            SecureBuffer.Clear(guestKey);
            MqttLink link = Connect();
            using (var channel = new DeviceChannel(link, deviceId, passFile.DeviceName ?? passFile.DeviceId,
                ProtocolTopics.GuestOutbound(deviceId, issuer, pass.PassId), session, null, new PassFileSessionStore(passPath, passFile),
                _settings.Timeout, () => _clock().ToUnixTimeSeconds()))
            {
                channel.Subscribe();
                return channel.Execute(action.Code, args, cancel);
            }
        }
    }
}
