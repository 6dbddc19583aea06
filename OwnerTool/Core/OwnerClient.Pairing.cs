// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Pairing: pin the device key from the URI, echo the nonce, send the proof, verify the confirmation.</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>Pairs with a device whose pairing window is open (long press of its setup button).</summary>
        /// <param name="uriText">The pairing URI the device printed.</param>
        /// <param name="name">Local name for the device, or null for its kind.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The stored device entry.</returns>
        public PairedDevice Pair(string uriText, string name, CancellationToken cancel)
        {
            PairingUri uri = PairingUriReader.Read(uriText);
            OwnerKeyFile file = LoadKeys();
            string deviceId = Hex.Encode(uri.DeviceId);
            name = string.IsNullOrWhiteSpace(name) ? DefaultName(file, uri.Kind, deviceId) : name.Trim();
            foreach (PairedDevice existing in file.Devices)
            {
                if (existing.DeviceId == deviceId)
                {
                    throw new OwnerToolException(ExitCode.Usage, "already paired with this device as '" + existing.Name + "'.");
                }

                if (existing.Name == name)
                {
                    throw new OwnerToolException(ExitCode.Usage, "the name '" + name + "' is taken; choose another with --name.");
                }
            }

            byte[] ownerPrivate = Hex.TryDecode(file.OwnerPrivateKey, ProtocolConstants.PublicKeySize);
            byte[] ownerNonce = new byte[ProtocolConstants.OwnerNonceSize];
            _random.NextBytes(ownerNonce);
            var pairing = new OwnerPairing(_backend, uri, ownerPrivate, ownerNonce);
            try
            {
                using (MqttLink link = Connect())
                {
                    Deadline deadline = Deadline.After(_settings.Timeout);
                    link.Subscribe(deadline, ProtocolTopics.Status(uri.DeviceId), ProtocolTopics.Nonce(uri.DeviceId),
                        ProtocolTopics.PairingResponse(uri.DeviceId));
                    byte[] nonce = WaitForPairingNonce(link, uri, name, deadline, cancel);
                    byte[] request = new byte[ProtocolConstants.PairingRequestSize];
                    pairing.BuildRequest(nonce, request, 0);
                    link.Publish(ProtocolTopics.PairingRequest(uri.DeviceId), request);
                    WaitForConfirmation(link, pairing, uri, name, deadline, cancel);
                }
            }
            finally
            {
                SecureBuffer.Clear(ownerPrivate);
            }

            var entry = new PairedDevice
            {
                Name = name,
                DeviceId = deviceId,
                Kind = uri.Kind,
                DevicePublicKey = Hex.Encode(uri.DevicePublicKey),
                KeyId = pairing.KeyId,
                Role = RoleName(pairing.Role),
                MasterKey = Hex.Encode(pairing.MasterKey),
                NextCounter = pairing.CounterStart,
                PairedAt = _clock().ToString("o"),

                // Your own key is named after you until you rename it (okf keys name); the name stays in the key file.
                KeyNames = new Dictionary<int, string> { [pairing.KeyId] = OwnKeyName },
            };
            SecureBuffer.Clear(pairing.MasterKey);
            Store.Update(current =>
            {
                // Added to the file as it is now: devices paired meanwhile by another okf stay.
                if (current.OwnerPublicKey != file.OwnerPublicKey)
                {
                    throw new OwnerToolException(ExitCode.KeyFileProblem, "the key file was replaced (okf keygen --force) while pairing; "
                        + "nothing was stored. Pair again (reset the device's pairing first if it kept this key).");
                }

                foreach (PairedDevice other in current.Devices)
                {
                    if (other.DeviceId == deviceId || other.Name == name)
                    {
                        throw new OwnerToolException(ExitCode.Usage, "another okf stored '" + other.Name
                            + "' for this device or name while pairing; nothing was stored (see 'okf devices').");
                    }
                }

                current.Devices.Add(entry);
                return true;
            });
            file.Devices.Add(entry);
            return entry;
        }

        /// <summary>How long the setup button is held to open the pairing window (Shared.Runtime SetupButton.PairingHoldMs).</summary>
        public const string PairingHoldText = "3 s";

        /// <summary>Gets the key file's name for a role byte.</summary>
        /// <param name="role">Role.</param>
        /// <returns>"admin", "member" or "none".</returns>
        public static string RoleName(OwnerRole role) =>
            role == OwnerRole.Admin ? "admin" : role == OwnerRole.Member ? "member" : "none";

        private static string DefaultName(OwnerKeyFile file, string kind, string deviceId)
        {
            foreach (PairedDevice device in file.Devices)
            {
                if (device.Name == kind)
                {
                    return kind + "-" + deviceId.Substring(0, 4);
                }
            }

            return kind;
        }

        private static byte[] WaitForPairingNonce(MqttLink link, PairingUri uri, string name, Deadline deadline, CancellationToken cancel)
        {
            string statusTopic = ProtocolTopics.Status(uri.DeviceId);
            var parsed = new NonceMessage();
            while (link.TryReceive(deadline, cancel, out InboundMessage message))
            {
                if (message.Topic == statusTopic && Encoding.UTF8.GetString(message.Payload) == "offline")
                {
                    throw new OwnerToolException(ExitCode.DeviceOffline, "device " + name + " is offline (its status topic says offline).");
                }

                if (message.Topic == ProtocolTopics.Nonce(uri.DeviceId)
                    && NonceMessage.TryParse(message.Payload, 0, message.Payload.Length, parsed) == ReasonCode.Done
                    && parsed.DeviceId.AsSpan().SequenceEqual(uri.DeviceId))
                {
                    return parsed.Nonce;
                }
            }

            cancel.ThrowIfCancellationRequested();
            throw new OwnerToolException(ExitCode.DeviceOffline, "device " + name
                + " is offline: it publishes no freshness nonce on this broker (is it powered and connected to this broker?).");
        }

        private static void WaitForConfirmation(MqttLink link, OwnerPairing pairing, PairingUri uri, string name, Deadline deadline,
            CancellationToken cancel)
        {
            string responseTopic = ProtocolTopics.PairingResponse(uri.DeviceId);
            bool forged = false;
            while (link.TryReceive(deadline, cancel, out InboundMessage message))
            {
                if (message.Topic != responseTopic || message.Retained)
                {
                    continue;
                }

                ReasonCode outcome = pairing.TryComplete(message.Payload, 0, message.Payload.Length);
                if (outcome == ReasonCode.Done)
                {
                    return;
                }

                if (outcome == ReasonCode.BadTag)
                {
                    // Not made with the private key the URI pins: keep waiting for the real device, but remember.
                    forged = true;
                }
                else if (outcome == ReasonCode.RegistryFull)
                {
                    throw new OwnerToolException(ExitCode.Refused, "refused: " + ReasonText.Describe((byte)outcome)
                        + " (an admin can free one with 'okf keys revoke').");
                }
            }

            cancel.ThrowIfCancellationRequested();
            if (forged)
            {
                throw new OwnerToolException(ExitCode.VerificationFailed, "pairing with " + name
                    + " failed: a response arrived that the device pinned by the URI did not make (someone in the middle?). Nothing was stored.");
            }

            // The device answers only a correct request in an open window (no answer to anything else, so the broker
            // learns nothing): the reasons cannot be told apart from here, so each is named with how to check it.
            throw new OwnerToolException(ExitCode.TimedOut, "timed out: " + name + " is online but sent no pairing confirmation in time; nothing was stored. The device stays silent in three cases:" + Environment.NewLine
                + "  - its pairing window is not open: hold its setup button " + PairingHoldText
                + " until the console prints 'pairing window open' (it stays open 120 s), then run pair again;" + Environment.NewLine
                + "  - the URI's secret (s=...) is not this device's: after a factory reset the device prints a new URI, and a"
                + " mistyped secret is refused silently and counted as a wrong attempt; copy the URI from the console again;"
                + Environment.NewLine
                + "  - pairing is locked after 20 wrong attempts: the console says 'pairing is locked'; only a factory reset unlocks it.");
        }
    }
}
