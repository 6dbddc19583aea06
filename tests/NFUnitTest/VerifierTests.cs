// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Audit;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>
    /// The command verifier and pairing on the device runtime: cheap rejects before the MAC, freshness by rotating
    /// nonce, counters across reboots, authenticated refusals, and no state change for bad input.
    /// </summary>
    [TestClass]
    public class VerifierTests
    {
        private const byte Open = 0x20;

        private static ProtocolRig Device(out OwnerSession admin)
        {
            ProtocolRig rig = new ProtocolRig(0x70);
            admin = rig.Pair(ProtocolRig.Sequence(32, 1));
            return rig;
        }

        private const int Truncate = -1;
        private const int SendTwice = -2;

        /// <summary>Spoils one field (or truncates, or replays) and checks the reject reason, counter and silence.</summary>
        private static void CheapReject(ReasonCode expected, int field)
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            byte[] message = device.Command(admin, Open, null);
            if (field == Truncate)
            {
                message = ProtocolRig.Slice(message, 0, ProtocolConstants.MinCommandSize - 1);
            }
            else if (field == SendTwice)
            {
                device.Send((byte[])message.Clone());
            }
            else
            {
                // 1 -> 2 for the version byte: a version that exists in no spec.
                message[field] ^= 3;
            }

            VerifyOutcome outcome = device.Send(message);
            Assert.AreEqual((int)expected, (int)outcome.Reason);
            Assert.AreEqual(0, outcome.ResponseLength);
            Assert.IsFalse(outcome.Authenticated);
            Assert.AreEqual(1, device.Verifier.RejectedCount(expected));
            Assert.AreEqual(field == SendTwice ? 1 : 0, device.Handler.Count);
        }

        [TestMethod]
        public void An_owner_command_runs_once_and_gets_an_authenticated_result_echoing_its_data()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            byte[] command = device.Command(admin, Open, new byte[] { 7, 8 });
            long counter = admin.NextCounter - 1;
            Assert.AreEqual(0, device.SendAndOpen(admin, command));
            Assert.AreEqual(1, device.Handler.Count);
            Assert.AreEqual(RecordingHandler.Call(ActorKind.Owner, 1, Open, 2), device.Handler.Last);
            Assert.AreEqual(counter, device.Verifier.WindowOf(0).Highest);
        }

        [TestMethod]
        public void A_retained_command_is_ignored_and_not_answered()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            VerifyOutcome outcome = device.SendRetained(device.Command(admin, Open, null));
            Assert.AreEqual((int)ReasonCode.Retained, (int)outcome.Reason);
            Assert.AreEqual(0, outcome.ResponseLength);
            Assert.AreEqual(0, device.Handler.Count);
        }

        [TestMethod]
        public void A_short_message_is_refused_as_bad_length()
        {
            CheapReject(ReasonCode.BadLength, Truncate);
        }

        [TestMethod]
        public void Another_protocol_version_is_refused()
        {
            CheapReject(ReasonCode.BadVersion, ProtocolConstants.OffsetVersion);
        }

        [TestMethod]
        public void Another_device_id_is_refused()
        {
            CheapReject(ReasonCode.WrongDevice, ProtocolConstants.OffsetDeviceId);
        }

        [TestMethod]
        public void An_unknown_key_id_is_refused()
        {
            CheapReject(ReasonCode.UnknownKey, ProtocolConstants.OffsetKeyId);
        }

        [TestMethod]
        public void A_replayed_command_is_refused()
        {
            CheapReject(ReasonCode.Replayed, SendTwice);
        }

        [TestMethod]
        public void A_command_echoing_a_nonce_never_published_is_refused()
        {
            CheapReject(ReasonCode.StaleNonce, ProtocolConstants.OffsetNonce);
        }

        [TestMethod]
        public void A_forged_tag_is_refused()
        {
            CheapReject(ReasonCode.BadTag, ProtocolConstants.CommandHeaderSize + 3);
        }

        [TestMethod]
        public void A_flood_under_one_key_is_rate_limited_without_starving_another_owner()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            OwnerSession member = device.Pair(ProtocolRig.Sequence(32, 2));

            // Every check spends a global token; once its own bucket is empty the flooded key borrows global
            // tokens down to the reserve, never below, so the reserve is left for the other owners.
            int checkedAtMost = ProtocolConstants.GlobalBucketCapacity - ProtocolConstants.GlobalBucketReserve;
            int flood = checkedAtMost + 20;
            for (int i = 0; i < flood; i++)
            {
                byte[] forged = device.Command(admin, Open, null);
                forged[forged.Length - 1] ^= 0x55;
                device.Send(forged);
            }

            Assert.AreEqual(checkedAtMost, device.Verifier.RejectedCount(ReasonCode.BadTag));
            Assert.AreEqual(flood - checkedAtMost, device.Verifier.RejectedCount(ReasonCode.RateLimited));
            Assert.AreEqual(0, device.SendAndOpen(member, device.Command(member, Open, null)));
            device.Now += ProtocolConstants.KeyBucketRefillMs;
            Assert.AreEqual(0, device.SendAndOpen(admin, device.Command(admin, Open, null)));
        }

        [TestMethod]
        public void A_withheld_command_is_refused_once_the_nonce_has_rotated_twice()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            byte[] withheld = device.Command(admin, Open, null);
            device.Now += ProtocolConstants.NonceRotationMs;
            device.CurrentNonce();
            device.Now += ProtocolConstants.NonceRotationMs;
            device.CurrentNonce();
            Assert.AreEqual((int)ReasonCode.StaleNonce, (int)device.Send(withheld).Reason);
            Assert.AreEqual(0, device.Handler.Count);
        }

        [TestMethod]
        public void A_command_delayed_less_than_one_rotation_is_still_accepted()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            byte[] delayed = device.Command(admin, Open, null);
            device.Now += ProtocolConstants.NonceRotationMs - 1000;
            Assert.AreEqual((int)ReasonCode.Done, (int)device.Send(delayed).Reason);
        }

        [TestMethod]
        public void After_a_reboot_the_owner_is_told_the_counter_floor_and_resumes_above_it()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(0, device.SendAndOpen(admin, device.Command(admin, Open, null)));
            }

            ProtocolRig rebooted = device.Reboot();
            Assert.AreEqual((int)ReasonCode.CounterResync, rebooted.SendAndOpen(admin, rebooted.Command(admin, Open, null)));
            Assert.AreEqual(0, rebooted.Handler.Count);
            Assert.IsTrue(admin.NextCounter > rebooted.Verifier.WindowOf(0).Floor);
            Assert.AreEqual(0, rebooted.SendAndOpen(admin, rebooted.Command(admin, Open, null)));
            Assert.AreEqual(1, rebooted.Handler.Count);
        }

        [TestMethod]
        public void A_command_made_before_a_reboot_is_refused_after_it()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            byte[] before = device.Command(admin, Open, null);
            ProtocolRig rebooted = device.Reboot();
            Assert.AreEqual((int)ReasonCode.StaleNonce, (int)rebooted.Send(before).Reason);
            Assert.AreEqual(0, rebooted.Handler.Count);
        }

        [TestMethod]
        public void Unknown_actions_are_refused_inside_an_authenticated_result()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            Assert.AreEqual((int)ReasonCode.UnknownAction, device.SendAndOpen(admin, device.Command(admin, 0x1F, null)));
            Assert.AreEqual((int)ReasonCode.UnknownAction, device.SendAndOpen(admin, device.Command(admin, 0x40, null)));
            Assert.AreEqual(0, device.Handler.Count);
        }

        [TestMethod]
        public void A_member_may_operate_but_not_manage_keys()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            OwnerSession member = device.Pair(ProtocolRig.Sequence(32, 2));
            Assert.AreEqual(0, device.SendAndOpen(member, device.Command(member, Open, null)));
            Assert.AreEqual((int)ReasonCode.Forbidden, device.SendAndOpen(member, device.Command(member, (byte)ProtocolAction.RevokeKey, new byte[] { admin.KeyId })));
            Assert.AreEqual(2, device.Registry.Count);
        }

        [TestMethod]
        public void A_revoked_key_is_unknown_from_the_next_message_on()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            OwnerSession member = device.Pair(ProtocolRig.Sequence(32, 2));
            Assert.AreEqual(0, device.SendAndOpen(admin, device.Command(admin, (byte)ProtocolAction.RevokeKey, new byte[] { member.KeyId })));
            Assert.AreEqual((int)ReasonCode.UnknownKey, (int)device.Send(device.Command(member, Open, null)).Reason);
        }

        [TestMethod]
        public void Removing_the_last_admin_is_refused()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            Assert.AreEqual((int)ReasonCode.LastAdmin, device.SendAndOpen(admin, device.Command(admin, (byte)ProtocolAction.RevokeKey, new byte[] { admin.KeyId })));
            Assert.AreEqual(1, device.Registry.AdminCount);
        }

        [TestMethod]
        public void The_first_owner_is_admin_and_the_second_a_member()
        {
            OwnerSession admin;
            ProtocolRig device = Device(out admin);
            device.Pair(ProtocolRig.Sequence(32, 2));
            Assert.AreEqual(2, device.Registry.Count);
            Assert.AreEqual(1, device.Registry.AdminCount);
        }

        [TestMethod]
        public void The_pairing_window_closes_after_120_seconds_and_after_one_success()
        {
            ProtocolRig device = new ProtocolRig(0x70);
            device.Pairing.OpenPairingWindow(device.Now);
            Assert.IsTrue(device.Pairing.IsOpen(device.Now + ProtocolConstants.PairingWindowMs - 1));
            Assert.IsFalse(device.Pairing.IsOpen(device.Now + ProtocolConstants.PairingWindowMs));
            device.Pair(ProtocolRig.Sequence(32, 1));
            Assert.IsFalse(device.Pairing.IsOpen(device.Now));
        }

        [TestMethod]
        public void A_pairing_request_while_the_window_is_closed_is_ignored()
        {
            ProtocolRig device = new ProtocolRig(0x70);
            OwnerPairing owner = new OwnerPairing(device.Backend, PairingUri.TryParse(device.Uri()), ProtocolRig.Sequence(32, 1), ProtocolRig.Sequence(16, 1));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(device.CurrentNonce(), request, 0);
            int length;
            Assert.AreEqual((int)ReasonCode.PairingClosed, (int)device.Pairing.HandleRequest(request, 0, request.Length, false, device.Now, new byte[ProtocolConstants.PairingResponseSize], 0, out length));
            Assert.AreEqual(0, length);
            Assert.AreEqual(0, device.Registry.Count);
        }

        [TestMethod]
        public void A_wrong_pairing_proof_is_refused_counted_and_unanswered()
        {
            ProtocolRig device = new ProtocolRig(0x70);
            device.Pairing.OpenPairingWindow(device.Now);
            PairingUri wrong = PairingUri.TryParse(device.Uri());
            wrong.PairingSecret[0] ^= 1;
            OwnerPairing owner = new OwnerPairing(device.Backend, wrong, ProtocolRig.Sequence(32, 1), ProtocolRig.Sequence(16, 1));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(device.CurrentNonce(), request, 0);
            int length;
            Assert.AreEqual((int)ReasonCode.BadProof, (int)device.Pairing.HandleRequest(request, 0, request.Length, false, device.Now, new byte[ProtocolConstants.PairingResponseSize], 0, out length));
            Assert.AreEqual(0, length);
            Assert.AreEqual(1, device.Pairing.FailureCount);
            Assert.AreEqual(0, device.Registry.Count);
        }

        [TestMethod]
        public void Malformed_pairing_requests_change_nothing_and_do_not_count_as_guesses()
        {
            ProtocolRig device = new ProtocolRig(0x70);
            device.Pairing.OpenPairingWindow(device.Now);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            for (int size = 0; size < ProtocolConstants.PairingRequestSize; size += 7)
            {
                ReasonCode reason = device.Pairing.HandleRequest(new byte[size], 0, size, false, device.Now, response, 0, out length);
                Assert.IsTrue(reason != ReasonCode.Done, "size " + size.ToString());
                Assert.AreEqual(0, length);
            }

            Assert.AreEqual(0, device.Pairing.FailureCount);
            Assert.AreEqual(0, device.Registry.Count);
        }
    }
}
