// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>
    /// docs/test-vectors.json reproduced byte for byte by the device code on the managed backend: keys, pairing,
    /// commands, results, events and guest passes (docs/PROTOCOL.md).
    /// </summary>
    [TestClass]
    public class ProtocolVectorTests
    {
        private const byte OpenAction = 0x20;

        private static byte[] V(string hex)
        {
            return TestBytes.FromHex(hex);
        }

        private static byte[] SubKey(byte[] label, int length)
        {
            byte[] key = new byte[length];
            KeyDerivation.DeriveSubKey(new ManagedCryptoBackend(), V(ProtocolVectors.DerivedMasterKey), label, V(ProtocolVectors.DerivedDeviceId), key, length);
            return key;
        }

        /// <summary>The vectors' device with the vectors' owner paired as admin through the wire formats.</summary>
        private static ProtocolRig PairedDevice(out OwnerSession admin)
        {
            ProtocolRig rig = new ProtocolRig(0xD0);
            rig.Pairing.OpenPairingWindow(rig.Now);
            OwnerPairing owner = new OwnerPairing(rig.Backend, PairingUri.TryParse(rig.Uri()), V(ProtocolVectors.InputOwnerPrivate), V(ProtocolVectors.InputOwnerNonce));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(rig.CurrentNonce(), request, 0);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            Assert.AreEqual((int)ReasonCode.Done, (int)rig.Pairing.HandleRequest(request, 0, request.Length, false, rig.Now, response, 0, out length));
            Assert.AreEqual((int)ReasonCode.Done, (int)owner.TryComplete(response, 0, length));
            admin = new OwnerSession(rig.Backend, rig.Identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
            return rig;
        }

        private static byte[] Result(ProtocolRig rig, byte[] command)
        {
            VerifyOutcome outcome = rig.Send(command);
            Assert.AreEqual((int)ReasonCode.Done, (int)outcome.Reason);
            return ProtocolRig.Slice(rig.Response, 0, outcome.ResponseLength);
        }

        [TestMethod]
        public void Device_public_key_is_X25519_of_the_private_key()
        {
            byte[] publicKey = new byte[32];
            X25519.PublicKeyFromPrivate(V(ProtocolVectors.InputDevicePrivate), publicKey);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedDevicePublic), publicKey);
        }

        [TestMethod]
        public void Device_id_is_derived_from_the_public_key()
        {
            byte[] id = new byte[ProtocolConstants.DeviceIdSize];
            KeyDerivation.DeriveDeviceId(V(ProtocolVectors.DerivedDevicePublic), id);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedDeviceId), id);
            DeviceIdentity identity = DeviceIdentity.FromSecrets(V(ProtocolVectors.InputDevicePrivate), V(ProtocolVectors.InputPairingSecret));
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedDeviceId), identity.DeviceId);
        }

        [TestMethod]
        public void Pairing_uri_matches_the_vector_and_parses_back()
        {
            DeviceIdentity identity = DeviceIdentity.FromSecrets(V(ProtocolVectors.InputDevicePrivate), V(ProtocolVectors.InputPairingSecret));
            Assert.AreEqual(ProtocolVectors.DerivedPairingUri, PairingUri.Format(identity, "garage"));
            PairingUri parsed = PairingUri.TryParse(ProtocolVectors.DerivedPairingUri);
            Assert.IsNotNull(parsed);
            Assert.AreEqual("garage", parsed.Kind);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedDevicePublic), parsed.DevicePublicKey);
            CollectionAssert.AreEqual(V(ProtocolVectors.InputPairingSecret), parsed.PairingSecret);
        }

        [TestMethod]
        public void Pairing_proof_key_matches_the_vector()
        {
            byte[] key = new byte[32];
            KeyDerivation.DerivePairingProofKey(new ManagedCryptoBackend(), V(ProtocolVectors.InputPairingSecret), V(ProtocolVectors.DerivedDeviceId), key);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedPairingProofKey), key);
        }

        [TestMethod]
        public void Both_sides_compute_the_same_shared_secret()
        {
            byte[] ownerPublic = new byte[32];
            X25519.PublicKeyFromPrivate(V(ProtocolVectors.InputOwnerPrivate), ownerPublic);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedOwnerPublic), ownerPublic);
            byte[] ownerSide = new byte[32];
            byte[] deviceSide = new byte[32];
            Assert.IsTrue(X25519.SharedSecret(V(ProtocolVectors.InputOwnerPrivate), V(ProtocolVectors.DerivedDevicePublic), ownerSide));
            Assert.IsTrue(X25519.SharedSecret(V(ProtocolVectors.InputDevicePrivate), ownerPublic, deviceSide));
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedSharedSecret), ownerSide);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedSharedSecret), deviceSide);
        }

        [TestMethod]
        public void Nonce_announcement_encodes_to_the_vector()
        {
            FreshnessNonce nonce = new FreshnessNonce(new FixedRandom(0xD0), 0);
            NonceMessage message = new NonceMessage();
            nonce.CopyCurrent(message.Nonce, 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.InputDeviceNonce), message.Nonce);
            System.Array.Copy(V(ProtocolVectors.DerivedDeviceId), message.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] bytes = new byte[ProtocolConstants.NonceMessageSize];
            Assert.AreEqual(bytes.Length, message.Encode(bytes, 0));
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageNonce), bytes);
        }

        [TestMethod]
        public void Nonce_announcement_parses_and_refuses_a_short_or_mistyped_copy()
        {
            byte[] bytes = V(ProtocolVectors.MessageNonce);
            NonceMessage parsed = new NonceMessage();
            Assert.AreEqual((int)ReasonCode.Done, (int)NonceMessage.TryParse(bytes, 0, bytes.Length, parsed));
            CollectionAssert.AreEqual(V(ProtocolVectors.InputDeviceNonce), parsed.Nonce);
            Assert.AreEqual((int)ReasonCode.BadLength, (int)NonceMessage.TryParse(bytes, 0, bytes.Length - 1, parsed));
            bytes[1] = 0x03;
            Assert.AreEqual((int)ReasonCode.BadType, (int)NonceMessage.TryParse(bytes, 0, bytes.Length, parsed));
        }

        [TestMethod]
        public void Owner_builds_the_pairing_request_of_the_vector()
        {
            OwnerPairing owner = new OwnerPairing(new ManagedCryptoBackend(), PairingUri.TryParse(ProtocolVectors.DerivedPairingUri),
                V(ProtocolVectors.InputOwnerPrivate), V(ProtocolVectors.InputOwnerNonce));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            Assert.AreEqual(request.Length, owner.BuildRequest(V(ProtocolVectors.InputDeviceNonce), request, 0));
            CollectionAssert.AreEqual(V(ProtocolVectors.MessagePairingRequest), request);
        }

        [TestMethod]
        public void Device_answers_the_vector_request_with_the_vector_response_and_the_owner_gets_the_master_key()
        {
            ProtocolRig rig = new ProtocolRig(0xD0);
            rig.Pairing.OpenPairingWindow(rig.Now);
            byte[] request = V(ProtocolVectors.MessagePairingRequest);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            Assert.AreEqual((int)ReasonCode.Done, (int)rig.Pairing.HandleRequest(request, 0, request.Length, false, rig.Now, response, 0, out length));
            Assert.AreEqual(response.Length, length);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessagePairingResponse), response);

            OwnerPairing owner = new OwnerPairing(rig.Backend, PairingUri.TryParse(ProtocolVectors.DerivedPairingUri),
                V(ProtocolVectors.InputOwnerPrivate), V(ProtocolVectors.InputOwnerNonce));
            owner.BuildRequest(V(ProtocolVectors.InputDeviceNonce), new byte[ProtocolConstants.PairingRequestSize], 0);
            Assert.AreEqual((int)ReasonCode.Done, (int)owner.TryComplete(response, 0, length));
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedMasterKey), owner.MasterKey);
            Assert.AreEqual(1, (int)owner.KeyId);
            Assert.AreEqual((int)OwnerRole.Admin, (int)owner.Role);
        }

        [TestMethod]
        public void Pairing_response_vector_parses_to_its_fields()
        {
            byte[] response = V(ProtocolVectors.MessagePairingResponse);
            PairingResponse parsed = new PairingResponse();
            Assert.AreEqual((int)ReasonCode.Done, (int)PairingResponse.TryParse(response, 0, response.Length, parsed));
            Assert.AreEqual((int)ReasonCode.Done, (int)parsed.Reason);
            Assert.AreEqual(1, (int)parsed.KeyId);
            Assert.AreEqual((int)OwnerRole.Admin, (int)parsed.Role);
            Assert.AreEqual(1L, parsed.CounterStart);
            CollectionAssert.AreEqual(V(ProtocolVectors.InputOwnerNonce), parsed.OwnerNonce);
        }

        [TestMethod]
        public void Pairing_request_vector_parses_to_its_fields()
        {
            byte[] request = V(ProtocolVectors.MessagePairingRequest);
            PairingRequest parsed = new PairingRequest();
            Assert.AreEqual((int)ReasonCode.Done, (int)PairingRequest.TryParse(request, 0, request.Length, parsed));
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedOwnerPublic), parsed.OwnerPublicKey);
            CollectionAssert.AreEqual(V(ProtocolVectors.InputOwnerNonce), parsed.OwnerNonce);
            CollectionAssert.AreEqual(V(ProtocolVectors.InputDeviceNonce), parsed.DeviceNonce);
        }

        [TestMethod]
        public void Confirm_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedConfirmKey), SubKey(ProtocolConstants.LabelConfirm, 32));
        }

        [TestMethod]
        public void Command_encryption_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedC2dEnc), SubKey(ProtocolConstants.LabelCommandEnc, 16));
        }

        [TestMethod]
        public void Command_mac_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedC2dMac), SubKey(ProtocolConstants.LabelCommandMac, 32));
        }

        [TestMethod]
        public void Device_encryption_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedD2cEnc), SubKey(ProtocolConstants.LabelDeviceEnc, 16));
        }

        [TestMethod]
        public void Device_mac_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedD2cMac), SubKey(ProtocolConstants.LabelDeviceMac, 32));
        }

        [TestMethod]
        public void Pass_issue_key_matches_the_vector()
        {
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedPassIssueKey), SubKey(ProtocolConstants.LabelPassIssue, 32));
        }

        [TestMethod]
        public void Owner_seals_the_ping_and_open_commands_of_the_vectors()
        {
            OwnerSession admin = new OwnerSession(new ManagedCryptoBackend(), V(ProtocolVectors.DerivedDeviceId), 1, V(ProtocolVectors.DerivedMasterKey), 1);
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = admin.SealCommand(V(ProtocolVectors.InputDeviceNonce), 0, ProtocolRig.OwnerTime, (byte)ProtocolAction.Ping, new byte[0], 0, 0, output, 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageCommandPing), ProtocolRig.Slice(output, 0, n));
            byte[] args = new byte[] { 1, 2, 3 };
            n = admin.SealCommand(V(ProtocolVectors.InputDeviceNonce), 0, ProtocolRig.OwnerTime, OpenAction, args, 0, args.Length, output, 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageCommandOpen), ProtocolRig.Slice(output, 0, n));
        }

        [TestMethod]
        public void Device_answers_the_vector_commands_with_the_vector_results()
        {
            OwnerSession admin;
            ProtocolRig rig = PairedDevice(out admin);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageResultPing), Result(rig, V(ProtocolVectors.MessageCommandPing)));
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageResultOpen), Result(rig, V(ProtocolVectors.MessageCommandOpen)));
            Assert.AreEqual(RecordingHandler.Call(Shared.Crypto.Audit.ActorKind.Owner, 1, OpenAction, 3), rig.Handler.Last);
        }

        [TestMethod]
        public void Owner_opens_the_open_result_and_reads_done_and_the_echoed_data()
        {
            OwnerSession admin = new OwnerSession(new ManagedCryptoBackend(), V(ProtocolVectors.DerivedDeviceId), 1, V(ProtocolVectors.DerivedMasterKey), 3);
            byte[] result = V(ProtocolVectors.MessageResultOpen);
            DeviceMessage header = new DeviceMessage();
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            Assert.AreEqual((int)ReasonCode.Done, (int)admin.Open(result, 0, result.Length, header, plain));
            Assert.AreEqual((int)MessageType.Result, (int)header.Type);
            Assert.AreEqual(2L, header.Counter);
            Assert.AreEqual(OpenAction, plain[ProtocolConstants.ResultOffsetAction]);
            Assert.AreEqual((byte)0, plain[ProtocolConstants.ResultOffsetReason]);
            Assert.AreEqual(3, admin.DataLength);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, ProtocolRig.Slice(plain, ProtocolConstants.ResultPrefixSize, 3));
        }

        [TestMethod]
        public void Device_seals_the_ring_event_of_the_vector()
        {
            OwnerSession admin;
            ProtocolRig rig = PairedDevice(out admin);
            Result(rig, V(ProtocolVectors.MessageCommandPing));
            Result(rig, V(ProtocolVectors.MessageCommandOpen));
            MessageSealer sealer = new MessageSealer(rig.Backend, rig.Identity.DeviceId, rig.Ledger);
            byte[] ring = TestBytes.Ascii("ring");
            byte[] output = new byte[ProtocolConstants.MaxDeviceMessageSize];
            int n = sealer.SealEvent(rig.Registry.GetSlot(0), 0, 0x81, ProtocolRig.OwnerTime, ring, 0, ring.Length, output, 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageEvent), ProtocolRig.Slice(output, 0, n));
        }

        [TestMethod]
        public void Command_vectors_parse_and_their_headers_reencode_exactly()
        {
            string[] names = new string[] { ProtocolVectors.MessageCommandPing, ProtocolVectors.MessageCommandOpen, ProtocolVectors.MessageCommandGuestOpen };
            long[] counters = new long[] { 1, 2, 1 };
            for (int i = 0; i < names.Length; i++)
            {
                byte[] bytes = V(names[i]);
                CommandMessage parsed = new CommandMessage();
                Assert.AreEqual((int)ReasonCode.Done, (int)CommandMessage.TryParse(bytes, 0, bytes.Length, parsed));
                Assert.AreEqual(counters[i], parsed.Counter);
                CollectionAssert.AreEqual(V(ProtocolVectors.DerivedDeviceId), parsed.DeviceId);
                Assert.AreEqual(bytes.Length - ProtocolConstants.TagSize, parsed.TagOffset);
                byte[] header = new byte[parsed.HeaderLength];
                parsed.EncodeHeader(header, 0);
                CollectionAssert.AreEqual(ProtocolRig.Slice(bytes, 0, parsed.HeaderLength), header);
            }
        }

        [TestMethod]
        public void Device_message_vectors_parse_with_their_types_and_counters()
        {
            string[] names = new string[] { ProtocolVectors.MessageResultPing, ProtocolVectors.MessageResultOpen, ProtocolVectors.MessageEvent, ProtocolVectors.MessageResultGuestOpen };
            int[] types = new int[] { (int)MessageType.Result, (int)MessageType.Result, (int)MessageType.Event, (int)MessageType.Result };
            for (int i = 0; i < names.Length; i++)
            {
                byte[] bytes = V(names[i]);
                DeviceMessage parsed = new DeviceMessage();
                Assert.AreEqual((int)ReasonCode.Done, (int)DeviceMessage.TryParse(bytes, 0, bytes.Length, parsed));
                Assert.AreEqual(types[i], (int)parsed.Type);
                Assert.AreEqual((long)(i + 1), parsed.Counter);
                Assert.AreEqual(1, (int)parsed.KeyId);
            }
        }

        [TestMethod]
        public void Guest_pass_body_encodes_to_the_vector_and_parses_back()
        {
            GuestPass pass = VectorPass();
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            Assert.AreEqual(body.Length, pass.Encode(body, 0));
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageGuestPassBody), body);
            GuestPass parsed = new GuestPass();
            Assert.AreEqual((int)ReasonCode.Done, (int)GuestPass.TryParse(body, 0, parsed));
            Assert.AreEqual(0x01020304L, (long)parsed.PassId);
            Assert.AreEqual(5, (int)parsed.MaxUses);
            Assert.AreEqual(ProtocolRig.OwnerTime + 86400, parsed.NotAfter);
        }

        [TestMethod]
        public void Admin_issues_the_guest_master_of_the_vector()
        {
            OwnerSession admin = new OwnerSession(new ManagedCryptoBackend(), V(ProtocolVectors.DerivedDeviceId), 1, V(ProtocolVectors.DerivedMasterKey), 3);
            CollectionAssert.AreEqual(V(ProtocolVectors.DerivedGuestMaster), admin.IssuePass(VectorPass()));
        }

        [TestMethod]
        public void Guest_seals_the_vector_command_and_the_device_answers_with_the_vector_result()
        {
            OwnerSession guest = OwnerSession.ForGuest(new ManagedCryptoBackend(), V(ProtocolVectors.DerivedDeviceId), 1, VectorPass(), V(ProtocolVectors.DerivedGuestMaster), 1);
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = guest.SealCommand(V(ProtocolVectors.InputDeviceNonce), 0, ProtocolRig.OwnerTime, OpenAction, new byte[0], 0, 0, output, 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageCommandGuestOpen), ProtocolRig.Slice(output, 0, n));

            OwnerSession admin;
            ProtocolRig rig = PairedDevice(out admin);
            Result(rig, V(ProtocolVectors.MessageCommandPing));
            Result(rig, V(ProtocolVectors.MessageCommandOpen));
            MessageSealer sealer = new MessageSealer(rig.Backend, rig.Identity.DeviceId, rig.Ledger);
            sealer.SealEvent(rig.Registry.GetSlot(0), 0, 0x81, ProtocolRig.OwnerTime, new byte[4], 0, 4, new byte[ProtocolConstants.MaxDeviceMessageSize], 0);
            CollectionAssert.AreEqual(V(ProtocolVectors.MessageResultGuestOpen), Result(rig, V(ProtocolVectors.MessageCommandGuestOpen)));
        }

        [TestMethod]
        public void A_flipped_bit_anywhere_in_the_open_vector_is_refused_without_reaching_the_device()
        {
            OwnerSession admin;
            ProtocolRig rig = PairedDevice(out admin);
            byte[] good = V(ProtocolVectors.MessageCommandOpen);
            for (int i = ProtocolConstants.CommandHeaderSize; i < good.Length; i += 5)
            {
                byte[] bad = V(ProtocolVectors.MessageCommandOpen);
                bad[i] ^= 0x10;

                // Past the per-key MAC budget's refill, so each forgery is judged by its tag, not rate limited.
                rig.Now += ProtocolConstants.KeyBucketRefillMs;
                VerifyOutcome outcome = rig.Send(bad);
                Assert.AreEqual((int)ReasonCode.BadTag, (int)outcome.Reason, "byte " + i.ToString());
                Assert.AreEqual(0, outcome.ResponseLength);
            }

            Assert.AreEqual(0, rig.Handler.Count);
            Assert.AreEqual((int)ReasonCode.Done, (int)rig.Send(good).Reason);
        }

        private static GuestPass VectorPass()
        {
            GuestPass pass = new GuestPass();
            pass.PassId = 0x01020304;
            pass.Epoch = 0;
            pass.ActionMask = 0x3;
            pass.MaxUses = 5;
            pass.NotBefore = ProtocolRig.OwnerTime - 3600;
            pass.NotAfter = ProtocolRig.OwnerTime + 86400;
            return pass;
        }
    }
}
