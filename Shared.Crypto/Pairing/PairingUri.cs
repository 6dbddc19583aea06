// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// A pairing URI: the device's own, shown at first boot (okf://pair?v=1&amp;kind=KIND&amp;id=HEX16&amp;pk=HEX64&amp;s=HEX32),
    /// which pairs only while no owner is paired; or an invite an admin's tool prints (the same with i=HEX32, the
    /// one-time invite code, in place of s=). It carries the device public key, so the owner pins it and a broker
    /// cannot stand in the middle.
    /// </summary>
    public sealed class PairingUri
    {
        /// <summary>Scheme and path every pairing URI starts with.</summary>
        public const string Prefix = "okf://pair?";

        /// <summary>Device id (8 bytes).</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Device X25519 public key.</summary>
        public readonly byte[] DevicePublicKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>The pairing credential: the device's pairing secret, or the invite code when <see cref="IsInvite"/>.</summary>
        public readonly byte[] PairingSecret = new byte[ProtocolConstants.PairingSecretSize];

        /// <summary>Gets a value indicating whether the URI carries a one-time invite code (i=) instead of the device secret (s=).</summary>
        public bool IsInvite { get; private set; }

        /// <summary>Gets the device kind ("garage", "doorbell"); informational.</summary>
        public string Kind { get; private set; }

        /// <summary>Formats the URI of a device.</summary>
        /// <param name="identity">Device identity.</param>
        /// <param name="kind">Device kind: lowercase letters only.</param>
        /// <returns>The URI.</returns>
        public static string Format(DeviceIdentity identity, string kind)
        {
            return Prefix + "v=1&kind=" + kind
                + "&id=" + Hex.Encode(identity.DeviceId, 0, identity.DeviceId.Length)
                + "&pk=" + Hex.Encode(identity.PublicKey, 0, identity.PublicKey.Length)
                + "&s=" + Hex.Encode(identity.PairingSecret, 0, identity.PairingSecret.Length);
        }

        /// <summary>Formats an invite URI for a device the admin already pinned.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="devicePublicKey">The pinned device public key.</param>
        /// <param name="kind">Device kind: lowercase letters only.</param>
        /// <param name="inviteCode">The 16-byte invite code the device returned to ArmInvite.</param>
        /// <returns>The URI.</returns>
        public static string FormatInvite(byte[] deviceId, byte[] devicePublicKey, string kind, byte[] inviteCode)
        {
            return Prefix + "v=1&kind=" + kind
                + "&id=" + Hex.Encode(deviceId, 0, ProtocolConstants.DeviceIdSize)
                + "&pk=" + Hex.Encode(devicePublicKey, 0, ProtocolConstants.PublicKeySize)
                + "&i=" + Hex.Encode(inviteCode, 0, ProtocolConstants.InviteCodeSize);
        }

        /// <summary>Parses a URI and checks that the device id matches the public key.</summary>
        /// <param name="text">The URI.</param>
        /// <returns>The parsed URI, or null when malformed, of another version, inconsistent, or carrying both s= and i=.</returns>
        public static PairingUri TryParse(string text)
        {
            if (text == null || text.Length > 512 || text.Length < Prefix.Length || text.Substring(0, Prefix.Length) != Prefix)
            {
                return null;
            }

            PairingUri uri = new PairingUri();
            bool version = false;
            bool id = false;
            bool pk = false;
            bool secret = false;
            bool invite = false;
            int position = Prefix.Length;
            while (position < text.Length)
            {
                string name;
                string value;
                if (!QueryString.TryReadPair(text, ref position, out name, out value))
                {
                    return null;
                }

                if (name == "v")
                {
                    version = value == "1";
                }
                else if (name == "kind")
                {
                    uri.Kind = value;
                }
                else if (name == "id")
                {
                    id = Hex.TryDecode(value, uri.DeviceId, 0, uri.DeviceId.Length);
                }
                else if (name == "pk")
                {
                    pk = Hex.TryDecode(value, uri.DevicePublicKey, 0, uri.DevicePublicKey.Length);
                }
                else if (name == "s")
                {
                    // A bad credential fails the whole URI (it must not half-overwrite the other one).
                    if (secret || invite || !Hex.TryDecode(value, uri.PairingSecret, 0, uri.PairingSecret.Length))
                    {
                        return null;
                    }

                    secret = true;
                }
                else if (name == "i")
                {
                    if (secret || invite || !Hex.TryDecode(value, uri.PairingSecret, 0, ProtocolConstants.InviteCodeSize))
                    {
                        return null;
                    }

                    invite = true;
                }
            }

            // Exactly one credential (checked above): a URI with both would leave the owner guessing which one counts.
            if (!version || !id || !pk || (!secret && !invite))
            {
                return null;
            }

            uri.IsInvite = invite;

            byte[] derived = new byte[ProtocolConstants.DeviceIdSize];
            KeyDerivation.DeriveDeviceId(uri.DevicePublicKey, derived);
            for (int i = 0; i < derived.Length; i++)
            {
                if (derived[i] != uri.DeviceId[i])
                {
                    return null;
                }
            }

            return uri;
        }
    }
}
