// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Audit;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>Guest passes: issued offline by an admin, checked from the admin's key alone, used up, expired, revoked.</summary>
    [TestClass]
    public class GuestPassTests
    {
        private const byte Open = 0x20;
        private const byte Close = 0x21;
        private const long Now = ProtocolRig.OwnerTime;

        private ProtocolRig _device;
        private OwnerSession _admin;

        // Each test builds its own device: the nanoFramework runner calls [Setup] once per class, not per test.
        private void PairAdmin()
        {
            _device = new ProtocolRig(0x60);
            _admin = _device.Pair(ProtocolRig.Sequence(32, 1));
        }

        private static GuestPass Pass(uint id, byte uses, long notBefore, long notAfter, ushort epoch)
        {
            GuestPass pass = new GuestPass();
            pass.PassId = id;
            pass.Epoch = epoch;
            pass.ActionMask = 1u << (Open - 0x20);
            pass.MaxUses = uses;
            pass.NotBefore = notBefore;
            pass.NotAfter = notAfter;
            return pass;
        }

        private static GuestPass Pass(uint id)
        {
            return Pass(id, 2, Now - 3600, Now + 3600, 0);
        }

        private OwnerSession Guest(GuestPass pass, OwnerSession issuer)
        {
            return OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, issuer.KeyId, pass, issuer.IssuePass(pass), 1);
        }

        private void SetClock()
        {
            Assert.AreEqual(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, null)));
        }

        private int Use(OwnerSession guest, byte action)
        {
            return _device.SendAndOpen(guest, _device.Command(guest, action, null));
        }

        [TestMethod]
        public void A_valid_pass_runs_an_allowed_action_and_its_uses_are_counted()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(42), _admin);
            Assert.AreEqual(0, Use(guest, Open));
            Assert.AreEqual(RecordingHandler.Call(ActorKind.Guest, 1, Open, 0), _device.Handler.Last);
            Assert.AreEqual(1, _device.Passes.UsesOf(1, 42));
            Assert.AreEqual(0, Use(guest, Open));
            Assert.AreEqual((int)ReasonCode.PassUsedUp, Use(guest, Open));
            Assert.AreEqual(2, _device.Handler.Count);
        }

        [TestMethod]
        public void A_pass_is_refused_while_the_device_has_no_trusted_time()
        {
            PairAdmin();
            Assert.AreEqual((int)ReasonCode.TimeUnknown, Use(Guest(Pass(1), _admin), Open));
            Assert.AreEqual(0, _device.Handler.Count);
        }

        [TestMethod]
        public void Actions_outside_the_mask_and_key_management_are_refused()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(2), _admin);
            Assert.AreEqual((int)ReasonCode.PassActionNotAllowed, Use(guest, Close));
            Assert.AreEqual((int)ReasonCode.PassActionNotAllowed, Use(guest, (byte)ProtocolAction.ListKeys));
            Assert.AreEqual((int)ReasonCode.PassActionNotAllowed, Use(guest, (byte)ProtocolAction.RevokeKey));
            Assert.AreEqual(0, _device.Handler.Count);
        }

        [TestMethod]
        public void Expired_and_not_yet_valid_passes_are_refused()
        {
            PairAdmin();
            SetClock();
            Assert.AreEqual((int)ReasonCode.PassExpired, Use(Guest(Pass(3, 2, Now - 7200, Now - 1, 0), _admin), Open));
            Assert.AreEqual((int)ReasonCode.PassNotYetValid, Use(Guest(Pass(4, 2, Now + 60, Now + 7200, 0), _admin), Open));
        }

        [TestMethod]
        public void A_pass_expires_as_the_trusted_clock_advances_on_the_monotonic_clock()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(5, 9, Now - 3600, Now + 20, 0), _admin);
            Assert.AreEqual(0, Use(guest, Open));
            _device.Now += 25000;
            Assert.AreEqual((int)ReasonCode.PassExpired, Use(guest, Open));
        }

        [TestMethod]
        public void Revoking_one_pass_leaves_the_others_working()
        {
            PairAdmin();
            SetClock();
            Assert.AreEqual(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokePass, new byte[] { 1, 0, 0, 0, 6 })));
            Assert.AreEqual((int)ReasonCode.PassRevoked, Use(Guest(Pass(6), _admin), Open));
            Assert.AreEqual(0, Use(Guest(Pass(7), _admin), Open));
        }

        [TestMethod]
        public void An_epoch_bump_revokes_every_pass_at_once()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(8), _admin);
            Assert.AreEqual(0, Use(guest, Open));
            Assert.AreEqual(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokeAllPasses, null)));
            Assert.AreEqual((int)ReasonCode.PassRevoked, Use(guest, Open));
            Assert.AreEqual(0, Use(Guest(Pass(9, 2, Now - 3600, Now + 3600, 1), _admin), Open));
        }

        [TestMethod]
        public void A_pass_issued_by_a_member_is_ignored_without_an_answer()
        {
            PairAdmin();
            OwnerSession member = _device.Pair(ProtocolRig.Sequence(32, 2));
            SetClock();
            VerifyOutcome outcome = _device.Send(_device.Command(Guest(Pass(10), member), Open, null));
            Assert.AreEqual((int)ReasonCode.UnknownKey, (int)outcome.Reason);
            Assert.AreEqual(0, outcome.ResponseLength);
        }

        [TestMethod]
        public void A_guest_who_edits_the_pass_body_fails_the_tag()
        {
            PairAdmin();
            SetClock();
            byte[] guestMaster = _admin.IssuePass(Pass(11, 1, Now - 3600, Now + 3600, 0));
            OwnerSession forged = OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, _admin.KeyId, Pass(11, 200, Now - 3600, Now + 3600, 0), guestMaster, 1);
            Assert.AreEqual((int)ReasonCode.BadTag, (int)_device.Send(_device.Command(forged, Open, null)).Reason);
            Assert.AreEqual(0, _device.Handler.Count);
        }

        [TestMethod]
        public void A_replayed_guest_command_is_refused_before_the_mac()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(12, 5, Now - 3600, Now + 3600, 0), _admin);
            byte[] command = _device.Command(guest, Open, null);
            Assert.AreEqual((int)ReasonCode.Done, (int)_device.Send((byte[])command.Clone()).Reason);
            Assert.AreEqual((int)ReasonCode.Replayed, (int)_device.Send(command).Reason);
        }

        [TestMethod]
        public void A_used_up_pass_stays_used_up_after_a_reboot()
        {
            PairAdmin();
            SetClock();
            OwnerSession guest = Guest(Pass(13, 1, Now - 3600, Now + 3600, 0), _admin);
            Assert.AreEqual(0, Use(guest, Open));
            ProtocolRig rebooted = _device.Reboot();

            // The first command after a reboot tells the owner the counter floor; the second resets the clock.
            rebooted.SendAndOpen(_admin, rebooted.Command(_admin, (byte)ProtocolAction.Ping, null));
            rebooted.SendAndOpen(_admin, rebooted.Command(_admin, (byte)ProtocolAction.Ping, null));
            Assert.AreEqual((int)ReasonCode.PassUsedUp, rebooted.SendAndOpen(guest, rebooted.Command(guest, Open, null)));
        }

        [TestMethod]
        public void The_revocation_list_is_bounded_and_asks_for_an_epoch_bump_when_full()
        {
            PassBook book = new PassBook();
            for (uint i = 0; i < ProtocolConstants.MaxRevokedPasses; i++)
            {
                Assert.AreEqual((int)ReasonCode.Done, (int)book.Revoke(1, i));
            }

            Assert.AreEqual((int)ReasonCode.RevocationListFull, (int)book.Revoke(1, 999));
            book.RevokeAll();
            Assert.AreEqual((int)ReasonCode.Done, (int)book.Revoke(1, 999));
        }

        [TestMethod]
        public void The_pass_table_evicts_expired_passes_and_otherwise_refuses_new_ones()
        {
            PassBook book = new PassBook();
            for (uint i = 0; i < ProtocolConstants.MaxTrackedPasses; i++)
            {
                GuestPass p = Pass(100 + i, 2, Now - 3600, Now + i, 0);
                Assert.AreEqual((int)ReasonCode.Done, (int)book.CheckUse(1, p, Open, true, Now));
                book.RecordUse(1, p, 1, Now);
            }

            GuestPass late = Pass(500);
            Assert.AreEqual((int)ReasonCode.PassTableFull, (int)book.CheckUse(1, late, Open, true, Now));
            Assert.AreEqual((int)ReasonCode.Done, (int)book.CheckUse(1, late, Open, true, Now + 1));
            book.RecordUse(1, late, 1, Now + 1);
            Assert.AreEqual(0, book.UsesOf(1, 100));
            Assert.AreEqual(1, book.UsesOf(1, 500));
        }

        [TestMethod]
        public void The_pass_book_round_trips_through_its_encoding_and_refuses_a_truncated_copy()
        {
            PassBook book = new PassBook();
            GuestPass p = Pass(77);
            book.RecordUse(1, p, 1, Now);
            book.Revoke(1, 78);
            byte[] buffer = new byte[PassBook.MaxEncodedSize];
            int n = book.Encode(buffer, 0);
            PassBook loaded = new PassBook();
            Assert.AreEqual((int)ReasonCode.Done, (int)loaded.TryLoad(buffer, 0, n));
            Assert.AreEqual(1, loaded.UsesOf(1, 77));
            Assert.AreEqual((int)ReasonCode.PassRevoked, (int)loaded.CheckUse(1, Pass(78), Open, true, Now));
            Assert.IsFalse(new PassBook().TryLoad(buffer, 0, n - 1) == ReasonCode.Done);
        }

        [TestMethod]
        public void A_pass_allows_exactly_the_actions_in_its_mask()
        {
            GuestPass pass = Pass(1);
            pass.ActionMask = (1u << 0) | (1u << 3);
            Assert.IsTrue(pass.Allows(0x20));
            Assert.IsFalse(pass.Allows(0x21));
            Assert.IsTrue(pass.Allows(0x23));
            Assert.IsFalse(pass.Allows((byte)ProtocolAction.Ping));
            Assert.IsFalse(pass.Allows(0x40));
        }

        [TestMethod]
        public void A_member_cannot_revoke_passes()
        {
            PairAdmin();
            OwnerSession member = _device.Pair(ProtocolRig.Sequence(32, 2));
            Assert.AreEqual((int)ReasonCode.Forbidden, _device.SendAndOpen(member, _device.Command(member, (byte)ProtocolAction.RevokeAllPasses, null)));
            Assert.AreEqual((int)ReasonCode.Forbidden, _device.SendAndOpen(member, _device.Command(member, (byte)ProtocolAction.RevokePass, new byte[] { 1, 0, 0, 0, 1 })));
        }
    }
}
