// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Protocol.Tests.Support
{
    /// <summary>
    /// Builds docs/test-vectors.json from fixed inputs by running the real device and owner code end to end.
    /// Regenerate (after a deliberate wire change only) with: OKF_WRITE_VECTORS=1 dotnet test tests/Protocol.Tests
    /// --filter TestVectorTests.
    /// </summary>
    public static class VectorGenerator
    {
        public const long OwnerTime = 1800000000;

        public static List<KeyValuePair<string, string>> Build()
        {
            List<KeyValuePair<string, string>> v = new List<KeyValuePair<string, string>>();
            ManagedCryptoBackend backend = new ManagedCryptoBackend();
            byte[] devicePrivate = DeviceHarness.Sequence(32, 0x40);
            byte[] secret = DeviceHarness.Sequence(16, 0xA0);
            byte[] ownerPrivate = DeviceHarness.Sequence(32, 0x01);
            byte[] ownerNonce = DeviceHarness.Sequence(16, 0x10);
            Add(v, "input.device_private", devicePrivate);
            Add(v, "input.pairing_secret", secret);
            Add(v, "input.owner_private", ownerPrivate);
            Add(v, "input.owner_nonce", ownerNonce);

            DeviceIdentity identity = DeviceIdentity.FromSecrets(devicePrivate, secret);
            FreshnessNonce nonce = new FreshnessNonce(new FixedRandom(0xD0), 0);
            byte[] deviceNonce = new byte[8];
            nonce.CopyCurrent(deviceNonce, 0);
            Add(v, "input.device_nonce", deviceNonce);
            v.Add(new KeyValuePair<string, string>("input.owner_time", OwnerTime.ToString()));
            Add(v, "derived.device_public", identity.PublicKey);
            Add(v, "derived.device_id", identity.DeviceId);
            v.Add(new KeyValuePair<string, string>("derived.pairing_uri", PairingUri.Format(identity, "garage")));
            byte[] proofKey = new byte[32];
            KeyDerivation.DerivePairingProofKey(backend, secret, identity.DeviceId, proofKey);
            Add(v, "derived.pairing_proof_key", proofKey);
            byte[] ownerPublic = new byte[32];
            X25519.PublicKeyFromPrivate(ownerPrivate, ownerPublic);
            Add(v, "derived.owner_public", ownerPublic);
            byte[] shared = new byte[32];
            X25519.SharedSecret(ownerPrivate, identity.PublicKey, shared);
            Add(v, "derived.shared_secret", shared);

            OwnerRegistry registry = new OwnerRegistry(backend, identity.DeviceId);
            MemoryLedger ledger = new MemoryLedger(256);
            PassBook passes = new PassBook();
            TrustedClock clock = new TrustedClock();
            RecordingHandler handler = new RecordingHandler();
            CommandVerifier verifier = new CommandVerifier(backend, identity, registry, nonce, ledger, passes, clock, handler, 0);
            PairingSession pairing = new PairingSession(backend, new FixedRandom(0xC0), identity, registry, nonce, verifier);
            pairing.OpenPairingWindow(0);

            Add(v, "message.nonce", NonceBytes(identity, deviceNonce));
            OwnerPairing owner = new OwnerPairing(backend, PairingUri.TryParse(PairingUri.Format(identity, "garage")), ownerPrivate, ownerNonce);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(deviceNonce, request, 0);
            Add(v, "message.pairing_request", request);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            Check(pairing.HandleRequest(request, 0, request.Length, false, 0, response, 0, out length));
            Add(v, "message.pairing_response", response);
            Check(owner.TryComplete(response, 0, length));
            Add(v, "derived.master_key", owner.MasterKey);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.confirm_key", ProtocolConstants.LabelConfirm, 32);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.c2d_enc", ProtocolConstants.LabelCommandEnc, 16);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.c2d_mac", ProtocolConstants.LabelCommandMac, 32);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.d2c_enc", ProtocolConstants.LabelDeviceEnc, 16);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.d2c_mac", ProtocolConstants.LabelDeviceMac, 32);
            SubKey(v, backend, owner.MasterKey, identity.DeviceId, "derived.pass_issue_key", ProtocolConstants.LabelPassIssue, 32);

            OwnerSession admin = new OwnerSession(backend, identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
            byte[] response2 = new byte[ProtocolConstants.MaxDeviceMessageSize];
            RoundTrip(v, verifier, admin, deviceNonce, "ping", (byte)ProtocolAction.Ping, new byte[0], response2);
            RoundTrip(v, verifier, admin, deviceNonce, "open", 0x20, new byte[] { 1, 2, 3 }, response2);

            MessageSealer sealer = new MessageSealer(backend, identity.DeviceId, ledger);
            byte[] ring = Encoding.ASCII.GetBytes("ring");
            int n = sealer.SealEvent(registry.GetSlot(0), 0, 0x81, OwnerTime, ring, 0, ring.Length, response2, 0);
            Add(v, "message.event", response2.AsSpan(0, n).ToArray());

            GuestPass pass = new GuestPass
            {
                PassId = 0x01020304, Epoch = 0, ActionMask = 0x3, MaxUses = 5, NotBefore = OwnerTime - 3600, NotAfter = OwnerTime + 86400,
            };
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            pass.Encode(body, 0);
            Add(v, "message.guest_pass_body", body);
            byte[] guestMaster = admin.IssuePass(pass);
            Add(v, "derived.guest_master", guestMaster);
            OwnerSession guest = OwnerSession.ForGuest(backend, identity.DeviceId, admin.KeyId, pass, guestMaster, 1);
            RoundTrip(v, verifier, guest, deviceNonce, "guest_open", 0x20, new byte[0], response2);

            // A second owner by invite (PROTOCOL.md §10.1): the admin's ArmInvite result data, the invite URI, and the
            // pairing with the code as the credential.
            byte[] armed = new byte[ProtocolConstants.ArmInviteResultSize];
            Check(pairing.ArmInvite(0, armed, 0));
            Add(v, "message.arm_invite_result_data", armed);
            byte[] code = armed.AsSpan(0, ProtocolConstants.InviteCodeSize).ToArray();
            string inviteUri = PairingUri.FormatInvite(identity.DeviceId, identity.PublicKey, "garage", code);
            v.Add(new KeyValuePair<string, string>("derived.invite_uri", inviteUri));
            byte[] inviteProofKey = new byte[32];
            KeyDerivation.DerivePairingProofKey(backend, code, identity.DeviceId, inviteProofKey);
            Add(v, "derived.invite_proof_key", inviteProofKey);
            pairing.OpenPairingWindow(0);
            OwnerPairing invited = new OwnerPairing(backend, PairingUri.TryParse(inviteUri), DeviceHarness.Sequence(32, 0x21),
                DeviceHarness.Sequence(16, 0x30));
            invited.BuildRequest(deviceNonce, request, 0);
            Add(v, "message.invite_pairing_request", request);
            Check(pairing.HandleRequest(request, 0, request.Length, false, 0, response, 0, out length));
            Add(v, "message.invite_pairing_response", response);
            Check(invited.TryComplete(response, 0, length));
            Add(v, "derived.invite_master_key", invited.MasterKey);
            return v;
        }

        public static string ToJson(List<KeyValuePair<string, string>> vectors)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append("{\n  \"about\": \"okf/v1 protocol test vectors (docs/PROTOCOL.md). Bytes are lowercase hex. ");
            sb.Append("Generated by tests/Protocol.Tests/Support/VectorGenerator.cs; checked by TestVectorTests.\",\n");
            sb.Append("  \"vectors\": {\n");
            for (int i = 0; i < vectors.Count; i++)
            {
                sb.Append("    \"").Append(vectors[i].Key).Append("\": \"").Append(vectors[i].Value).Append('"');
                sb.Append(i + 1 < vectors.Count ? ",\n" : "\n");
            }

            sb.Append("  }\n}\n");
            return sb.ToString();
        }

        private static void RoundTrip(List<KeyValuePair<string, string>> v, CommandVerifier verifier, OwnerSession session, byte[] nonce,
            string name, byte action, byte[] args, byte[] response)
        {
            byte[] command = new byte[ProtocolConstants.MaxCommandSize];
            int n = session.SealCommand(nonce, 0, OwnerTime, action, args, 0, args.Length, command, 0);
            Add(v, "message.command_" + name, command.AsSpan(0, n).ToArray());
            VerifyOutcome outcome = verifier.Process(command, 0, n, false, 0, response, 0);
            if (outcome.Reason != 0 || outcome.ResponseLength == 0)
            {
                throw new InvalidOperationException(name + ": " + outcome.Reason);
            }

            Add(v, "message.result_" + name, response.AsSpan(0, outcome.ResponseLength).ToArray());
        }

        private static byte[] NonceBytes(DeviceIdentity identity, byte[] deviceNonce)
        {
            NonceMessage message = new NonceMessage();
            Array.Copy(identity.DeviceId, message.DeviceId, 8);
            Array.Copy(deviceNonce, message.Nonce, 8);
            byte[] bytes = new byte[ProtocolConstants.NonceMessageSize];
            message.Encode(bytes, 0);
            return bytes;
        }

        private static void SubKey(List<KeyValuePair<string, string>> v, ICryptoBackend backend, byte[] master, byte[] deviceId,
            string name, byte[] label, int length)
        {
            byte[] key = new byte[length];
            KeyDerivation.DeriveSubKey(backend, master, label, deviceId, key, length);
            Add(v, name, key);
        }

        private static void Add(List<KeyValuePair<string, string>> v, string name, byte[] bytes)
        {
            v.Add(new KeyValuePair<string, string>(name, Convert.ToHexString(bytes).ToLowerInvariant()));
        }

        private static void Check(ReasonCode reason)
        {
            if (reason != ReasonCode.Done)
            {
                throw new InvalidOperationException(reason.ToString());
            }
        }
    }
}
