// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Passes
{
    /// <summary>
    /// What an admin hands a guest, as text: okf://pass?v=1&amp;id=HEX16&amp;k=HEX2&amp;p=HEX54&amp;g=HEX64
    /// (device id, issuing admin key id, pass body, guest master key). The guest master key is a secret: hand
    /// the credential over a private channel.
    /// </summary>
    public sealed class GuestCredential
    {
        /// <summary>Scheme and path every guest credential starts with.</summary>
        public const string Prefix = "okf://pass?";

        /// <summary>Device id.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>The pass.</summary>
        public readonly GuestPass Pass = new GuestPass();

        /// <summary>Guest master key.</summary>
        public readonly byte[] GuestMaster = new byte[ProtocolConstants.MasterKeySize];

        /// <summary>Gets or sets the issuing admin's key id.</summary>
        public byte IssuerKeyId { get; set; }

        /// <summary>Formats a credential.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="issuerKeyId">Issuing admin key id.</param>
        /// <param name="pass">The pass.</param>
        /// <param name="guestMaster">32-byte guest master key from OwnerSession.IssuePass.</param>
        /// <returns>The credential text.</returns>
        public static string Format(byte[] deviceId, byte issuerKeyId, GuestPass pass, byte[] guestMaster)
        {
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            pass.Encode(body, 0);
            byte[] key = new byte[] { issuerKeyId };
            return Prefix + "v=1&id=" + Hex.Encode(deviceId, 0, ProtocolConstants.DeviceIdSize)
                + "&k=" + Hex.Encode(key, 0, 1)
                + "&p=" + Hex.Encode(body, 0, body.Length)
                + "&g=" + Hex.Encode(guestMaster, 0, ProtocolConstants.MasterKeySize);
        }

        /// <summary>Parses a credential.</summary>
        /// <param name="text">Credential text.</param>
        /// <returns>The credential, or null when malformed.</returns>
        public static GuestCredential TryParse(string text)
        {
            if (text == null || text.Length > 512 || text.Length < Prefix.Length || text.Substring(0, Prefix.Length) != Prefix)
            {
                return null;
            }

            GuestCredential credential = new GuestCredential();
            byte[] key = new byte[1];
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            int found = 0;
            int position = Prefix.Length;
            while (position < text.Length)
            {
                string name;
                string value;
                if (!QueryString.TryReadPair(text, ref position, out name, out value))
                {
                    return null;
                }

                bool ok = true;
                if (name == "v")
                {
                    ok = value == "1";
                    found |= 1;
                }
                else if (name == "id")
                {
                    ok = Hex.TryDecode(value, credential.DeviceId, 0, ProtocolConstants.DeviceIdSize);
                    found |= 2;
                }
                else if (name == "k")
                {
                    ok = Hex.TryDecode(value, key, 0, 1);
                    found |= 4;
                }
                else if (name == "p")
                {
                    ok = Hex.TryDecode(value, body, 0, body.Length) && GuestPass.TryParse(body, 0, credential.Pass) == ReasonCode.Done;
                    found |= 8;
                }
                else if (name == "g")
                {
                    ok = Hex.TryDecode(value, credential.GuestMaster, 0, ProtocolConstants.MasterKeySize);
                    found |= 16;
                }

                if (!ok)
                {
                    return null;
                }
            }

            if (found != 31)
            {
                return null;
            }

            credential.IssuerKeyId = key[0];
            return credential;
        }
    }
}
