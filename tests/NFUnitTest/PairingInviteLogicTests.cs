// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>
    /// Pairing on the device's own runtime (managed crypto): the printed secret pairs the first owner only, later
    /// owners need a one-time invite bound to one long-press window, wrong proofs count per window, and a rotation
    /// onto a registered key is refused.
    /// </summary>
    [TestClass]
    public class PairingInviteLogicTests
    {
        private const long Start = 1000;

        private static byte[] Fill(int length, int start)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(start + i);
            }

            return bytes;
        }

        private sealed class Device
        {
            public readonly ManagedCryptoBackend Backend = new ManagedCryptoBackend();
            public readonly DeviceIdentity Identity = DeviceIdentity.FromSecrets(Fill(32, 0x40), Fill(16, 0xA0));
            public readonly OwnerRegistry Registry;
            public readonly FreshnessNonce Nonce;
            public readonly PairingSession Pairing;
            public readonly byte[] Response = new byte[ProtocolConstants.PairingResponseSize];

            public Device()
            {
                CountingRandom random = new CountingRandom();
                Registry = new OwnerRegistry(Backend, Identity.DeviceId);
                Nonce = new FreshnessNonce(random, Start);
                Pairing = new PairingSession(Backend, random, Identity, Registry, Nonce, null);
            }

            public string DeviceUri()
            {
                return PairingUri.Format(Identity, "garage");
            }

            public string Invite(long now)
            {
                byte[] result = new byte[ProtocolConstants.ArmInviteResultSize];
                Assert.AreEqual((int)ReasonCode.Done, (int)Pairing.ArmInvite(now, result, 0));
                byte[] code = new byte[ProtocolConstants.InviteCodeSize];
                System.Array.Copy(result, code, code.Length);
                return PairingUri.FormatInvite(Identity.DeviceId, Identity.PublicKey, "garage", code);
            }

            public ReasonCode TryPair(string uri, byte[] ownerPrivate, long now)
            {
                OwnerPairing owner = new OwnerPairing(Backend, PairingUri.TryParse(uri), ownerPrivate, Fill(16, ownerPrivate[0]));
                byte[] nonce = new byte[ProtocolConstants.NonceSize];
                Nonce.Update(now);
                Nonce.CopyCurrent(nonce, 0);
                byte[] request = new byte[ProtocolConstants.PairingRequestSize];
                owner.BuildRequest(nonce, request, 0);
                int length;
                ReasonCode device = Pairing.HandleRequest(request, 0, request.Length, false, now, Response, 0, out length);
                if (device == ReasonCode.Done)
                {
                    Assert.AreEqual((int)ReasonCode.Done, (int)owner.TryComplete(Response, 0, length));
                }

                return device;
            }
        }

        private sealed class CountingRandom : IRandomSource
        {
            private int _next = 1;

            public void NextBytes(byte[] buffer)
            {
                for (int i = 0; i < buffer.Length; i++)
                {
                    _next = (_next * 1103515245) + 12345;
                    buffer[i] = (byte)(_next >> 16);
                }
            }
        }

        [TestMethod]
        public void Printed_secret_pairs_the_first_owner_and_nobody_after_it()
        {
            Device d = new Device();
            d.Pairing.OpenPairingWindow(Start);
            Assert.AreEqual((int)ReasonCode.Done, (int)d.TryPair(d.DeviceUri(), Fill(32, 1), Start));
            d.Pairing.OpenPairingWindow(Start);
            Assert.AreEqual((int)ReasonCode.BadProof, (int)d.TryPair(d.DeviceUri(), Fill(32, 2), Start));
            Assert.AreEqual(1, d.Registry.Count);
        }

        [TestMethod]
        public void Invite_pairs_one_person_once_within_its_window()
        {
            Device d = new Device();
            d.Pairing.OpenPairingWindow(Start);
            d.TryPair(d.DeviceUri(), Fill(32, 1), Start);
            string invite = d.Invite(Start);
            d.Pairing.OpenPairingWindow(Start);
            Assert.AreEqual((int)ReasonCode.Done, (int)d.TryPair(invite, Fill(32, 2), Start));
            Assert.IsTrue(d.Pairing.LastPairedByInvite);
            d.Pairing.OpenPairingWindow(Start);
            Assert.AreEqual((int)ReasonCode.BadProof, (int)d.TryPair(invite, Fill(32, 3), Start));
            Assert.AreEqual(2, d.Registry.Count);
        }

        [TestMethod]
        public void Invite_waiting_for_the_press_lapses_after_the_arm_time()
        {
            Device d = new Device();
            d.Pairing.OpenPairingWindow(Start);
            d.TryPair(d.DeviceUri(), Fill(32, 1), Start);
            string invite = d.Invite(Start);
            long late = Start + ProtocolConstants.InviteArmMs;
            d.Pairing.OpenPairingWindow(late);
            Assert.IsFalse(d.Pairing.Invite.IsArmed);
            Assert.AreEqual((int)ReasonCode.BadProof, (int)d.TryPair(invite, Fill(32, 2), late));
        }

        [TestMethod]
        public void Wrong_proofs_close_one_window_and_the_next_press_starts_a_fresh_count()
        {
            Device d = new Device();
            PairingUri wrong = PairingUri.TryParse(d.DeviceUri());
            wrong.PairingSecret[0] ^= 1;
            d.Pairing.OpenPairingWindow(Start);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            byte[] nonce = new byte[ProtocolConstants.NonceSize];
            d.Nonce.CopyCurrent(nonce, 0);
            int length;
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures; i++)
            {
                OwnerPairing attacker = new OwnerPairing(d.Backend, wrong, Fill(32, 0x50), Fill(16, i));
                attacker.BuildRequest(nonce, request, 0);
                Assert.AreEqual((int)ReasonCode.BadProof, (int)d.Pairing.HandleRequest(request, 0, request.Length, false, Start, d.Response, 0, out length));
            }

            Assert.IsFalse(d.Pairing.IsOpen(Start));
            Assert.IsTrue(d.Pairing.IsLocked);
            d.Pairing.OpenPairingWindow(Start);
            Assert.AreEqual(0, d.Pairing.FailureCount);
            Assert.AreEqual((int)ReasonCode.Done, (int)d.TryPair(d.DeviceUri(), Fill(32, 1), Start));
        }

        [TestMethod]
        public void Invite_uri_carries_the_code_and_a_uri_with_both_credentials_is_refused()
        {
            Device d = new Device();
            string invite = PairingUri.FormatInvite(d.Identity.DeviceId, d.Identity.PublicKey, "garage", Fill(16, 0x30));
            PairingUri parsed = PairingUri.TryParse(invite);
            Assert.IsNotNull(parsed);
            Assert.IsTrue(parsed.IsInvite);
            CollectionAssert.AreEqual(Fill(16, 0x30), parsed.PairingSecret);
            Assert.IsNull(PairingUri.TryParse(invite + "&s=" + Hex.Encode(d.Identity.PairingSecret, 0, 16)));
        }

        [TestMethod]
        public void Rotation_onto_a_public_key_already_registered_is_refused()
        {
            Device d = new Device();
            byte[] first = Fill(32, 1);
            byte[] second = Fill(32, 2);
            byte[] firstPublic = new byte[32];
            X25519.PublicKeyFromPrivate(first, firstPublic);
            int slot;
            d.Registry.Add(firstPublic, Fill(32, 0x11), OwnerRole.Admin, out slot);
            byte[] secondPublic = new byte[32];
            X25519.PublicKeyFromPrivate(second, secondPublic);
            int memberSlot;
            d.Registry.Add(secondPublic, Fill(32, 0x22), OwnerRole.Member, out memberSlot);

            KeyAdministration admin = new KeyAdministration(d.Backend, d.Identity, d.Registry, new Shared.Crypto.Passes.PassBook());
            CommandContext context = new CommandContext();
            context.Action = (byte)ProtocolAction.RotateKey;
            context.Role = OwnerRole.Member;
            context.Arguments = firstPublic;
            context.ArgumentsOffset = 0;
            context.ArgumentsLength = firstPublic.Length;
            VerifyOutcome outcome = new VerifyOutcome();
            Assert.AreEqual((byte)ReasonCode.BadArguments, admin.Execute(context, memberSlot, outcome));
            Assert.IsFalse(outcome.RegistryChanged);
            CollectionAssert.AreEqual(secondPublic, d.Registry.GetSlot(memberSlot).OwnerPublicKey);
        }
    }
}
