// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>The command pipeline: acceptance, every unauthenticated reject reason, freshness, replay, reboot.</summary>
    public class VerifierTests
    {
        private const byte Open = 0x20;

        private readonly DeviceHarness _device = new DeviceHarness(1);
        private readonly OwnerSession _admin;

        public VerifierTests()
        {
            _admin = _device.Pair(DeviceHarness.Sequence(32, 1));
        }

        [Fact]
        public void OwnerCommandRunsOnceAndGetsAnAuthenticatedResultEchoingItsCounter()
        {
            byte[] command = _device.Command(_admin, Open, new byte[] { 7, 8 });
            long counter = _admin.NextCounter - 1;
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_admin, command, out data));
            Assert.Equal(new byte[] { 7, 8 }, data);
            Assert.Single(_device.Handler.Calls);
            Assert.Equal("Owner:1:20:2", _device.Handler.Calls[0]);
            Assert.Equal(counter, _device.Verifier.WindowOf(0).Highest);
        }

        [Fact]
        public void RetainedCommandIsIgnoredAndNotAnswered()
        {
            VerifyOutcome outcome = _device.Send(_device.Command(_admin, Open), retained: true);
            Assert.Equal((byte)ReasonCode.Retained, outcome.Reason);
            Assert.Equal(0, outcome.ResponseLength);
            Assert.Empty(_device.Handler.Calls);
            Assert.Equal(1, _device.Verifier.RejectedCount(ReasonCode.Retained));
        }

        [Theory]
        [InlineData(ReasonCode.BadLength)]
        [InlineData(ReasonCode.BadVersion)]
        [InlineData(ReasonCode.BadType)]
        [InlineData(ReasonCode.WrongDevice)]
        [InlineData(ReasonCode.UnknownKey)]
        [InlineData(ReasonCode.Replayed)]
        [InlineData(ReasonCode.StaleNonce)]
        [InlineData(ReasonCode.BadTag)]
        public void EachCheapRejectReasonIsReachedCountedAndNeverAnswered(ReasonCode expected)
        {
            byte[] message = _device.Command(_admin, Open);
            switch (expected)
            {
                case ReasonCode.BadLength: message = message[..^1][..(ProtocolConstants.MinCommandSize - 1)]; break;
                case ReasonCode.BadVersion: message[0] = 2; break;
                case ReasonCode.BadType: message[1] = (byte)MessageType.Result; break;
                case ReasonCode.WrongDevice: message[2] ^= 1; break;
                case ReasonCode.UnknownKey: message[ProtocolConstants.OffsetKeyId] = 99; break;
                case ReasonCode.Replayed: _device.Send((byte[])message.Clone()); break;
                case ReasonCode.StaleNonce: message[ProtocolConstants.OffsetNonce] ^= 1; break;
                case ReasonCode.BadTag: message[^1] ^= 1; break;
            }

            int calls = _device.Handler.Calls.Count;
            VerifyOutcome outcome = _device.Send(message);
            Assert.Equal((byte)expected, outcome.Reason);
            Assert.Equal(0, outcome.ResponseLength);
            Assert.False(outcome.Authenticated);
            Assert.Equal(calls, _device.Handler.Calls.Count);
            Assert.Equal(1, _device.Verifier.RejectedCount(expected));
        }

        [Fact]
        public void FloodUnderOneKeyIsRateLimitedWithoutStarvingAnotherOwner()
        {
            OwnerSession member = _device.Pair(DeviceHarness.Sequence(32, 2));
            for (int i = 0; i < 50; i++)
            {
                byte[] forged = _device.Command(_admin, Open);
                forged[^1] ^= 0x55;
                _device.Send(forged);
            }

            int verified = ProtocolConstants.GlobalBucketCapacity - ProtocolConstants.GlobalBucketReserve;
            Assert.Equal(verified, _device.Verifier.RejectedCount(ReasonCode.BadTag));
            Assert.Equal(50 - verified, _device.Verifier.RejectedCount(ReasonCode.RateLimited));
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(member, _device.Command(member, Open), out data));

            // The flooded owner gets through as soon as one token has come back.
            _device.Now += ProtocolConstants.KeyBucketRefillMs;
            Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
        }

        [Fact]
        public void ValidCommandsDoNotConsumeTheBudget()
        {
            byte[] data;
            for (int i = 0; i < 3 * ProtocolConstants.GlobalBucketCapacity; i++)
            {
                Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
            }
        }

        [Fact]
        public void WithheldCommandIsRefusedOnceTheNonceHasRotatedTwice()
        {
            byte[] withheld = _device.Command(_admin, Open);
            _device.Now += 30_000;
            _device.CurrentNonce();
            _device.Now += 30_000;
            _device.CurrentNonce();
            VerifyOutcome outcome = _device.Send(withheld);
            Assert.Equal((byte)ReasonCode.StaleNonce, outcome.Reason);
            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void CommandDelayedLessThanOneRotationIsStillAccepted()
        {
            byte[] delayed = _device.Command(_admin, Open);
            _device.Now += 29_000;
            Assert.Equal((byte)ReasonCode.Done, _device.Send(delayed).Reason);
        }

        [Fact]
        public void RebootRefusesEveryCommandMadeBeforeIt()
        {
            byte[] before = _device.Command(_admin, Open);
            DeviceHarness rebooted = _device.Reboot();
            VerifyOutcome outcome = rebooted.Send(before);
            Assert.Equal((byte)ReasonCode.StaleNonce, outcome.Reason);
            Assert.Empty(rebooted.Handler.Calls);
        }

        [Fact]
        public void AfterARebootTheOwnerIsToldTheFloorAndResumesAboveIt()
        {
            byte[] data;
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
            }

            DeviceHarness rebooted = _device.Reboot();
            byte reason = rebooted.SendAndOpen(_admin, rebooted.Command(_admin, Open), out data);
            Assert.Equal((byte)ReasonCode.CounterResync, reason);
            Assert.Empty(rebooted.Handler.Calls);
            Assert.True(_admin.NextCounter > rebooted.Verifier.WindowOf(0).Floor);
            Assert.Equal(0, rebooted.SendAndOpen(_admin, rebooted.Command(_admin, Open), out data));
            Assert.Single(rebooted.Handler.Calls);
        }

        [Fact]
        public void ResultsAreSealedWithCountersTheDeviceNeverReusesAcrossReboots()
        {
            byte[] data;
            _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data);
            long before = _device.Ledger.SentLast(0);
            DeviceHarness rebooted = _device.Reboot();
            rebooted.SendAndOpen(_admin, rebooted.Command(_admin, Open), out data);
            Assert.True(rebooted.Ledger.SentLast(0) > before);
        }

        [Fact]
        public void ControllerExceptionBecomesAFailedResult()
        {
            _device.Handler.Throw = true;
            byte[] data;
            Assert.Equal((byte)ReasonCode.Failed, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
        }

        [Fact]
        public void UnknownActionIsRefusedInsideAnAuthenticatedResult()
        {
            byte[] data;
            Assert.Equal((byte)ReasonCode.UnknownAction, _device.SendAndOpen(_admin, _device.Command(_admin, 0x1F), out data));
            Assert.Equal((byte)ReasonCode.UnknownAction, _device.SendAndOpen(_admin, _device.Command(_admin, 0x40), out data));
        }

        [Fact]
        public void AFlipOfAnyBitOfACommandIsRejectedWithoutAnswer()
        {
            int length = _device.Command(_admin, Open).Length;
            for (int bit = 0; bit < length * 8; bit++)
            {
                _device.Now += ProtocolConstants.KeyBucketRefillMs;
                byte[] message = _device.Command(_admin, Open);
                message[bit / 8] ^= (byte)(1 << (bit % 8));
                VerifyOutcome outcome = _device.Send(message);
                Assert.False(outcome.Authenticated, "bit " + bit);
                Assert.Equal(0, outcome.ResponseLength);
                if (bit / 8 >= ProtocolConstants.CommandHeaderSize || (bit / 8 >= ProtocolConstants.OffsetCounter && bit / 8 < ProtocolConstants.OffsetNonce))
                {
                    Assert.True(outcome.Reason == (byte)ReasonCode.BadTag || outcome.Reason == (byte)ReasonCode.Replayed, "bit " + bit + ": " + outcome.Reason);
                }
            }

            Assert.Empty(_device.Handler.Calls);
        }

        [Fact]
        public void ThousandVerifiedCommandsWriteFlashOnlyForCounterBlocks()
        {
            MemoryLedger ledger = _device.Ledger;
            int writesBefore = ledger.Writes;
            byte[] data;
            for (int i = 0; i < 1000; i++)
            {
                Assert.Equal(0, _device.SendAndOpen(_admin, _device.Command(_admin, Open), out data));
            }

            // 1,000 received and 1,000 sent counters in blocks of 256: at most 4 reservations each way.
            Assert.InRange(ledger.Writes - writesBefore, 1, 8);
        }

        [Fact]
        public void EvenIfTheRngRepeatsTheNonceAfterARebootTheCounterFloorStopsReplays()
        {
            byte[] executed = _device.Command(_admin, Open);
            byte[] withheld = _device.Command(_admin, Open);
            Assert.Equal((byte)ReasonCode.Done, _device.Send((byte[])executed.Clone()).Reason);

            DeviceHarness rebooted = _device.Reboot(repeatRandom: true);
            Assert.Equal(_device.CurrentNonce(), rebooted.CurrentNonce());
            Assert.Equal((byte)ReasonCode.CounterResync, rebooted.Send(executed).Reason);
            Assert.Equal((byte)ReasonCode.CounterResync, rebooted.Send(withheld).Reason);
            Assert.Empty(rebooted.Handler.Calls);
        }
    }
}
