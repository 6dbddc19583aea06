// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Invites: an admin arms a one-time code on the device and hands the new person an invite URI.</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>
        /// Arms a one-time pairing invite on a device (admin). The device draws the code from its RNG and returns it
        /// sealed to this admin; the URI pins the device key this key file already pinned.
        /// </summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The invitation.</returns>
        public Invitation ArmInvite(string device, CancellationToken cancel) => ArmInvite(device, null, cancel);

        /// <summary>
        /// Arms an invite; with <paramref name="inviteeName"/>, the key the invitee gets is named so in this key file
        /// (the next <c>keys list</c> that finds exactly one new key names it). The name never leaves the key file.
        /// </summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="inviteeName">Local name for the invitee's key (1-32 characters), or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The invitation.</returns>
        public Invitation ArmInvite(string device, string inviteeName, CancellationToken cancel)
        {
            inviteeName = inviteeName?.Trim();
            if (inviteeName != null && (inviteeName.Length == 0 || inviteeName.Length > 32))
            {
                throw new OwnerToolException(ExitCode.Usage, "--name needs 1-32 characters.");
            }

            PairedDevice entry = FindDevice(LoadKeys(), device, null);
            List<int> known = null;
            if (inviteeName != null)
            {
                known = new List<int>();
                foreach (KeyInfo key in ListKeys(entry.DeviceId, cancel))
                {
                    known.Add(key.KeyId);
                }
            }

            CommandResult result = EnsureDone(SendCommand(entry.DeviceId, null, (byte)ProtocolAction.ArmInvite, Array.Empty<byte>(), cancel));
            byte[] data = result.Data;
            if (data.Length != ProtocolConstants.ArmInviteResultSize)
            {
                throw new OwnerToolException(ExitCode.VerificationFailed, "the device answered the invite with " + data.Length
                    + " bytes instead of " + ProtocolConstants.ArmInviteResultSize + "; nothing to hand out.");
            }

            byte[] code = data.AsSpan(0, ProtocolConstants.InviteCodeSize).ToArray();
            string uri = PairingUri.FormatInvite(Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize),
                Hex.TryDecode(entry.DevicePublicKey, ProtocolConstants.PublicKeySize), entry.Kind, code);
            SecureBuffer.Clear(code);
            bool open = data[ProtocolConstants.InviteCodeSize] == 1;
            int seconds = BigEndian.ReadUInt16(data, ProtocolConstants.InviteCodeSize + 1);
            if (inviteeName != null)
            {
                new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
                {
                    disk.PendingInviteName = inviteeName;
                    disk.PendingInviteKnownKeys = known;
                    return true;
                });
            }

            return new Invitation(entry.Name, uri, open, seconds);
        }

        /// <summary>Gets this key file's fingerprint: what the device logs at pairing and 'okf keys list' shows.</summary>
        /// <returns>16 hex digits.</returns>
        public string OwnFingerprint()
        {
            return Fingerprint(LoadKeys().OwnerPublicKey);
        }

        /// <summary>Gets the fingerprint of an owner public key: its first bytes in hex.</summary>
        /// <param name="publicKeyHex">The public key (64 hex digits).</param>
        /// <returns>16 hex digits.</returns>
        public static string Fingerprint(string publicKeyHex)
        {
            return publicKeyHex.Substring(0, ProtocolConstants.KeyFingerprintSize * 2).ToLowerInvariant();
        }
    }
}
