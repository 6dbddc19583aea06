// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Protocol.Tests.Support;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>
    /// The holes of issue #10 items 3-6 and 8, each attacked through the real verifier: who sets the trusted time,
    /// dead passes and the audit/budget they could burn, refused guest commands replayed later, a slow queue
    /// stretching the freshness window, and a forged flood aimed at one owner's key id.
    /// </summary>
    public class AttackHardeningTests
    {
        private const byte Open = 0x20;
        private const byte Close = 0x21;
        private const long Now = DeviceHarness.OwnerTime;

        private readonly DeviceHarness _device = new DeviceHarness(21);
        private readonly OwnerSession _admin;
        private readonly OwnerSession _member;

        public AttackHardeningTests()
        {
            _admin = _device.Pair(DeviceHarness.Sequence(32, 1));
            _member = _device.Pair(DeviceHarness.Sequence(32, 2));
        }

        [Fact]
        public void AMemberCannotSetTheTrustedTime()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, (byte)ProtocolAction.Ping, ownerTime: Now), out data));
            Assert.False(_device.Clock.IsKnown);

            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, ownerTime: Now), out data));
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, (byte)ProtocolAction.Ping, ownerTime: 1L << 32), out data));
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, (byte)ProtocolAction.Ping, ownerTime: Now - 86400), out data));
            long utc;
            Assert.True(_device.Clock.TryGetUtc(_device.Now, out utc));
            Assert.Equal(Now, utc);
        }

        [Theory]
        [InlineData(-1L)]
        [InlineData(ProtocolConstants.MinOwnerUtcSeconds - 1)]
        [InlineData(ProtocolConstants.MaxOwnerUtcSeconds + 1)]
        [InlineData((1L << 32) + 1)]
        public void AnAdminTimeOutOfRangeIsRefusedWithAReasonAndNothingRuns(long ownerTime)
        {
            byte[] data;
            Assert.Equal((byte)ReasonCode.BadTime, _device.SendAndOpen(_admin, _device.Command(_admin, Open, ownerTime: ownerTime), out data));
            Assert.Empty(_device.Handler.Calls);
            Assert.False(_device.Clock.IsKnown);

            // The counter was used up, so the refused command cannot come back later either.
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
            Assert.Single(_device.Handler.Calls);
        }

        [Fact]
        public void TheClockNeverStepsBackMoreThanTheFreshnessWindowHoweverOftenAnAdminTries()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, ownerTime: Now), out data));
            for (int i = 0; i < 5; i++)
            {
                Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, ownerTime: Now - 86400), out data));
            }

            long utc;
            Assert.True(_device.Clock.TryGetUtc(_device.Now, out utc));
            Assert.Equal(Now - (ProtocolConstants.FreshnessWindowMs / 1000), utc);

            // Forward is always taken.
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, ownerTime: Now + 500), out data));
            Assert.True(_device.Clock.TryGetUtc(_device.Now, out utc));
            Assert.Equal(Now + 500, utc);
        }

        [Fact]
        public void AnExpiredPassStaysExpiredWhenAMemberSendsAnOldTime()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, ownerTime: Now), out data));
            OwnerSession guest = Guest(Pass(5, notBefore: Now - 7200, notAfter: Now - 3600));
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, (byte)ProtocolAction.Ping, ownerTime: Now - 5000), out data));
            Assert.Equal((byte)ReasonCode.PassExpired, _device.SendAndOpen(guest, _device.Command(guest, Open), out data));
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void ALowerBoundLoadedAtBootLetsPassesWorkBeforeAnyAdminSpeaks()
        {
            Assert.True(_device.Clock.LoadLowerBound(Now, _device.Now));
            OwnerSession guest = Guest(Pass(6));
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(guest, _device.Command(guest, Open), out data));
            Assert.False(new TrustedClock().LoadLowerBound(1L << 33, 0));
        }

        [Fact]
        public void RefusedGuestCommandsGetNoBudgetBack()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(7));
            int answered = 0;
            for (int i = 0; i < 20; i++)
            {
                VerifyOutcome outcome = _device.Send(_device.Command(guest, Close));
                answered += outcome.Authenticated ? 1 : 0;
            }

            Assert.Equal(ProtocolConstants.KeyBucketCapacity, answered);
            Assert.Equal(20 - ProtocolConstants.KeyBucketCapacity, _device.Verifier.RejectedCount(ReasonCode.RateLimited));
        }

        [Fact]
        public void ADeadPassIsAnsweredOnceThenDroppedBeforeTheMacAndCounted()
        {
            SetClock();
            OwnerSession guest = Guest(Pass(8, uses: 1));
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(guest, _device.Command(guest, Open), out data));
            Assert.Equal((byte)ReasonCode.PassUsedUp, _device.SendAndOpen(guest, _device.Command(guest, Open), out data));
            for (int i = 0; i < 3; i++)
            {
                VerifyOutcome repeat = _device.Send(_device.Command(guest, Open));
                Assert.False(repeat.Authenticated);
                Assert.Equal(0, repeat.ResponseLength);
                Assert.Equal((byte)ReasonCode.PassUsedUp, repeat.Reason);
            }

            Assert.Equal(3, _device.Verifier.DeadPasses.RepeatsOf(_admin.KeyId, 8));
            Assert.Single(_device.Handler.Calls);
        }

        [Fact]
        public void ARefusedGuestCommandCannotBeReplayedOnceTheRefusalNoLongerApplies()
        {
            OwnerSession guest = Guest(Pass(9));
            byte[] withheld = _device.Command(guest, Open);
            byte[] data;
            Assert.Equal((byte)ReasonCode.TimeUnknown, _device.SendAndOpen(guest, (byte[])withheld.Clone(), out data));
            SetClock();

            VerifyOutcome replay = _device.Send(withheld);
            Assert.Equal((byte)ReasonCode.Replayed, replay.Reason);
            Assert.Empty(_device.Handler.Calls);
            Assert.Equal(0, _device.Passes.UsesOf(_admin.KeyId, 9));
        }

        [Fact]
        public void ACommandThatGoesStaleBeforeItsActionRunsIsRefusedAsTooLate()
        {
            byte[] command = _device.Command(_admin, Open);
            _device.Now += ProtocolConstants.NonceRotationMs - 1;
            _device.CurrentNonce();

            // Fresh when it is checked, but its action would start after the window ended (a slow queue).
            _device.ActionDelayMs = ProtocolConstants.NonceRotationMs + 1;
            byte[] data;
            Assert.Equal((byte)ReasonCode.TooLate, _device.SendAndOpen(_admin, command, out data));
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void AForgedFloodAtThirtyPerSecondOnOneKeyIdNeverKeepsThatOwnerOut()
        {
            // Forgeries carry the public nonce, the admin's key id and counters far ahead: everything the cheap
            // checks see. The admin sends one real command per second among them, for ten seconds.
            long counter = 1L << 40;
            int served = 0;
            for (int tick = 0; tick < 300; tick++)
            {
                byte[] forged = _device.Command(_admin, Open);
                System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(forged.AsSpan(ProtocolConstants.OffsetCounter), counter++);
                forged[^1] ^= 0x5A;
                _device.Send(forged);
                if (tick % 30 == 29)
                {
                    byte[] data;
                    served += _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data) == 0 ? 1 : 0;
                }

                _device.Now += 33;
            }

            Assert.Equal(10, served);
            Assert.Equal(300, _device.Verifier.RejectedCount(ReasonCode.BadTag));
        }

        private static GuestPass Pass(uint id, byte uses = 2, long notBefore = Now - 3600, long notAfter = Now + 3600)
        {
            return new GuestPass { PassId = id, Epoch = 0, ActionMask = 1u << (Open - 0x20), MaxUses = uses, NotBefore = notBefore, NotAfter = notAfter };
        }

        private OwnerSession Guest(GuestPass pass)
        {
            return OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, _admin.KeyId, pass, _admin.IssuePass(pass), 1);
        }

        private void SetClock()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping), out data));
        }
    }
}
