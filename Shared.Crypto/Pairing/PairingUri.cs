// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// The pairing URI shown at first boot: okf://pair?v=1&amp;kind=KIND&amp;id=HEX16&amp;pk=HEX64&amp;s=HEX32.
    /// It carries the device public key, so the owner pins it and a broker cannot stand in the middle.
    /// </summary>
    public sealed class PairingUri
    {
        /// <summary>Scheme and path every pairing URI starts with.</summary>
        public const string Prefix = "okf://pair?";

        /// <summary>Device id (8 bytes).</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Device X25519 public key.</summary>
        public readonly byte[] DevicePublicKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>Pairing secret.</summary>
        public readonly byte[] PairingSecret = new byte[ProtocolConstants.PairingSecretSize];

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

        /// <summary>Parses a URI and checks that the device id matches the public key.</summary>
        /// <param name="text">The URI.</param>
        /// <returns>The parsed URI, or null when malformed, of another version, or inconsistent.</returns>
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
                    secret = Hex.TryDecode(value, uri.PairingSecret, 0, uri.PairingSecret.Length);
                }
            }

            if (!version || !id || !pk || !secret)
            {
                return null;
            }

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
