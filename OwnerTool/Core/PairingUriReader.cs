// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>
    /// Parses a pairing URI and, when it is wrong, says exactly what is wrong (the shared parser only says
    /// "no"). The shared <see cref="PairingUri.TryParse"/> still makes the final decision.
    /// </summary>
    public static class PairingUriReader
    {
        /// <summary>Parses a pairing URI.</summary>
        /// <param name="text">The URI as printed by the device.</param>
        /// <returns>The parsed URI.</returns>
        /// <exception cref="OwnerToolException">BadPairingUri with the reason.</exception>
        public static PairingUri Read(string text)
        {
            text = text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw Bad("it is empty");
            }

            if (!text.StartsWith(PairingUri.Prefix, StringComparison.Ordinal))
            {
                throw Bad("it must start with '" + PairingUri.Prefix + "'");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string part in text.Substring(PairingUri.Prefix.Length).Split('&'))
            {
                int eq = part.IndexOf('=');
                if (eq <= 0)
                {
                    throw Bad("'" + part + "' is not a name=value pair");
                }

                fields[part.Substring(0, eq)] = part.Substring(eq + 1);
            }

            if (!fields.TryGetValue("v", out string version))
            {
                throw Bad("the version (v=1) is missing");
            }

            if (version != "1")
            {
                throw Bad("version v=" + version + " is not supported (this tool speaks v=1)");
            }

            CheckHex(fields, "id", ProtocolConstants.DeviceIdSize, "device id");
            CheckHex(fields, "pk", ProtocolConstants.PublicKeySize, "device public key");
            if (fields.ContainsKey("s") && fields.ContainsKey("i"))
            {
                throw Bad("it carries both a pairing secret (s=) and an invite code (i=); use the one the device or the admin gave you");
            }

            if (fields.ContainsKey("i"))
            {
                CheckHex(fields, "i", ProtocolConstants.InviteCodeSize, "invite code");
            }
            else
            {
                CheckHex(fields, "s", ProtocolConstants.PairingSecretSize, "pairing secret");
            }

            PairingUri uri = PairingUri.TryParse(text);
            if (uri == null)
            {
                throw Bad("the device id does not match the device public key (mistyped or tampered)");
            }

            if (uri.Kind != DeviceActions.Garage && uri.Kind != DeviceActions.Doorbell)
            {
                throw Bad("unknown device kind '" + (uri.Kind ?? string.Empty) + "' (expected garage or doorbell)");
            }

            return uri;
        }

        private static void CheckHex(Dictionary<string, string> fields, string name, int size, string what)
        {
            if (!fields.TryGetValue(name, out string value))
            {
                throw Bad("the " + what + " (" + name + "=) is missing");
            }

            if (Hex.TryDecode(value, size) == null)
            {
                throw Bad("the " + what + " (" + name + "=) must be " + (size * 2) + " hex digits, got '" + Shorten(value) + "'");
            }
        }

        private static string Shorten(string value) => value.Length > 20 ? value.Substring(0, 20) + "..." : value;

        private static OwnerToolException Bad(string reason) =>
            new OwnerToolException(ExitCode.BadPairingUri, "bad pairing URI: " + reason + ".");
    }
}
