// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Guest passes: issued offline by an admin, checked from the admin's key alone, used, revoked.</summary>
    public class GuestPassTests
    {
        private const byte Open = 0x20;
        private const byte Close = 0x21;
        private const long Now = DeviceHarness.OwnerTime;

        private readonly DeviceHarness _device = new DeviceHarness(9);
        private readonly OwnerSession _admin;
        private readonly OwnerSession _member;

        public GuestPassTests()
        {
            _admin = _device.Pair(DeviceHarness.Sequence(32, 1));
            _member = _device.Pair(DeviceHarness.Sequence(32, 2));
        }

        private static GuestPass Pass(uint id, byte uses = 2, long notBefore = Now - 3600, long notAfter = Now + 3600, ushort epoch = 0)
        {
            return new GuestPass { PassId = id, Epoch = epoch, ActionMask = 1u << (Open - 0x20), MaxUses = uses, NotBefore = notBefore, NotAfter = notAfter };
        }

        private OwnerSession Guest(GuestPass pass, OwnerSession issuer = null)
        {
            issuer ??= _admin;
            return OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, issuer.KeyId, pass, issuer.IssuePass(pass), 1);
        }

        private void SetClock()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping), out data));
        }

        private byte Use(OwnerSession guest, byte action = Open)
        {
            byte[] data;
            return _device.SendAndOpen(guest, _device.Command(guest, action), out data);
        }

        [Fact]
        public void GuestWithAValidPassRunsAnAllowedActionAndUsesAreCounted()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(42));
            Assert.Equal(0, Use(guest));
            Assert.Equal("Guest:1:20:0", _device.Handler.Calls[^1]);
            Assert.Equal(1, _device.Passes.UsesOf(1, 42));
            Assert.Equal(0, Use(guest));
            Assert.Equal((byte)ReasonCode.PassUsedUp, Use(guest));
            Assert.Equal(2, _device.Handler.Calls.Count);
        }

        [Fact]
        public void PassIsRefusedWhileTheDeviceHasNoTrustedTime()
        {
            Assert.Equal((byte)ReasonCode.TimeUnknown, Use(Guest(Pass(1))));
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void ActionOutsideTheMaskAndProtocolActionsAreRefused()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(2));
            Assert.Equal((byte)ReasonCode.PassActionNotAllowed, Use(guest, Close));
            Assert.Equal((byte)ReasonCode.PassActionNotAllowed, Use(guest, (byte)ProtocolAction.ListKeys));
            Assert.Equal((byte)ReasonCode.PassActionNotAllowed, Use(guest, (byte)ProtocolAction.RevokeKey));
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void ExpiredAndNotYetValidPassesAreRefused()
        {
            SetClock();
            Assert.Equal((byte)ReasonCode.PassExpired, Use(Guest(Pass(3, notBefore: Now - 7200, notAfter: Now - 1))));
            Assert.Equal((byte)ReasonCode.PassNotYetValid, Use(Guest(Pass(4, notBefore: Now + 60, notAfter: Now + 7200))));
        }

        [Fact]
        public void PassExpiresAsTheTrustedClockAdvances()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(5, uses: 9, notAfter: Now + 20));
            Assert.Equal(0, Use(guest));
            _device.Now += 25_000;
            Assert.Equal((byte)ReasonCode.PassExpired, Use(guest));
        }

        [Fact]
        public void RevokingOnePassLeavesTheOthersWorking()
        {
            SetClock();
            byte[] data;
            byte[] args = { 1, 0, 0, 0, 6 };
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokePass, args), out data));
            Assert.Equal((byte)ReasonCode.PassRevoked, Use(Guest(Pass(6))));
            Assert.Equal(0, Use(Guest(Pass(7))));
        }

        [Fact]
        public void EpochBumpRevokesEveryPassAtOnce()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(8));
            Assert.Equal(0, Use(guest));
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokeAllPasses), out data));
            Assert.Equal(new byte[] { 0, 1 }, data);
            Assert.Equal((byte)ReasonCode.PassRevoked, Use(guest));
            Assert.Equal(0, Use(Guest(Pass(9, epoch: 1))));
        }

        [Fact]
        public void PassIssuedByAMemberIsIgnored()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(10), _member);
            VerifyOutcome outcome = _device.Send(_device.Command(guest, Open));
            Assert.Equal((byte)ReasonCode.UnknownKey, outcome.Reason);
            Assert.Equal(0, outcome.ResponseLength);
        }

        [Fact]
        public void GuestWhoEditsThePassBodyFailsTheTag()
        {
            SetClock();
            GuestPass pass = Pass(11, uses: 1);
            byte[] guestMaster = _admin.IssuePass(pass);
            GuestPass forged = Pass(11, uses: 200);
            OwnerSession guest = OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, _admin.KeyId, forged, guestMaster, 1);
            Assert.Equal((byte)ReasonCode.BadTag, _device.Send(_device.Command(guest, Open)).Reason);
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void GuestCommandReplayIsRefusedBeforeTheMac()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(12, uses: 5));
            byte[] command = _device.Command(guest, Open);
            Assert.Equal((byte)ReasonCode.Done, _device.Send((byte[])command.Clone()).Reason);
            Assert.Equal((byte)ReasonCode.Replayed, _device.Send(command).Reason);
        }

        [Fact]
        public void UsedUpPassStaysUsedUpAfterAReboot()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(13, uses: 1));
            Assert.Equal(0, Use(guest));
            DeviceHarness rebooted = _device.Reboot();
            byte[] data;
            rebooted.SendAndOpen(_admin, rebooted.Command(_admin, (byte)ProtocolAction.Ping), out data);
            rebooted.SendAndOpen(_admin, rebooted.Command(_admin, (byte)ProtocolAction.Ping), out data);
            Assert.Equal((byte)ReasonCode.PassUsedUp, rebooted.SendAndOpen(guest, rebooted.Command(guest, Open), out data));
        }

        [Fact]
        public void RevokedListIsBoundedAndAsksForAnEpochBumpWhenFull()
        {
            PassBook book = new PassBook();
            for (uint i = 0; i < ProtocolConstants.MaxRevokedPasses; i++)
            {
                Assert.Equal(ReasonCode.Done, book.Revoke(1, i));
            }

            Assert.Equal(ReasonCode.RevocationListFull, book.Revoke(1, 999));
            book.RevokeAll();
            Assert.Equal(ReasonCode.Done, book.Revoke(1, 999));
        }

        [Fact]
        public void PassTableEvictsExpiredPassesAndOtherwiseRefusesNewOnes()
        {
            PassBook book = new PassBook();
            for (uint i = 0; i < ProtocolConstants.MaxTrackedPasses; i++)
            {
                GuestPass p = Pass(100 + i, notAfter: Now + i);
                Assert.Equal(ReasonCode.Done, book.CheckUse(1, p, Open, true, Now));
                book.RecordUse(1, p, 1, Now);
            }

            GuestPass late = Pass(500);
            Assert.Equal(ReasonCode.PassTableFull, book.CheckUse(1, late, Open, true, Now));
            Assert.Equal(ReasonCode.Done, book.CheckUse(1, late, Open, true, Now + 1));
            book.RecordUse(1, late, 1, Now + 1);
            Assert.Equal(0, book.UsesOf(1, 100));
            Assert.Equal(1, book.UsesOf(1, 500));
        }

        [Fact]
        public void SeventeenthLivePassIsRefusedAsTableFullThroughTheVerifier()
        {
            SetClock();
            for (uint i = 0; i < ProtocolConstants.MaxTrackedPasses; i++)
            {
                Assert.Equal(0, Use(Guest(Pass(1000 + i))));
            }

            Assert.Equal((byte)ReasonCode.PassTableFull, Use(Guest(Pass(2000))));
        }

        [Fact]
        public void RevocationBeyondTheListIsRefusedThroughTheVerifier()
        {
            byte[] data;
            for (uint i = 0; i < ProtocolConstants.MaxRevokedPasses; i++)
            {
                byte[] args = { 1, 0, 0, 0, (byte)i };
                Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokePass, args), out data));
            }

            byte[] last = { 1, 0, 0, 1, 0 };
            Assert.Equal((byte)ReasonCode.RevocationListFull, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.RevokePass, last), out data));
            Assert.Equal((byte)ReasonCode.Forbidden, _device.SendAndOpen(_member, _device.Command(_member, (byte)ProtocolAction.RevokeAllPasses), out data));
        }
    }
}
