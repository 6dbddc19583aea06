// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Freshness nonce, token bucket and trusted clock: time is always passed in.</summary>
    public class FreshnessTests
    {
        [Fact]
        public void NonceStaysValidForOneRotationAfterItWasReplaced()
        {
            FreshnessNonce nonce = new FreshnessNonce(new TestRandom(1), 0);
            byte[] first = new byte[8];
            nonce.CopyCurrent(first, 0);
            Assert.False(nonce.Update(29_999));
            Assert.True(nonce.Update(30_000));
            Assert.True(nonce.IsFresh(first, 0));
            Assert.True(nonce.Update(60_000));
            Assert.False(nonce.IsFresh(first, 0));
        }

        [Fact]
        public void WithheldNonceDiesWhenUpdatesWereSkippedForTwoPeriods()
        {
            FreshnessNonce nonce = new FreshnessNonce(new TestRandom(1), 0);
            byte[] first = new byte[8];
            nonce.CopyCurrent(first, 0);
            Assert.True(nonce.Update(60_000));
            Assert.False(nonce.IsFresh(first, 0));
        }

        [Fact]
        public void GenerationCountsRotationsSoTheRuntimeRepublishes()
        {
            FreshnessNonce nonce = new FreshnessNonce(new TestRandom(1), 0);
            nonce.Update(30_000);
            nonce.Update(45_000);
            nonce.Update(61_000);
            Assert.Equal(2, nonce.Generation);
        }

        [Fact]
        public void TokenBucketAllowsABurstThenOnePerInterval()
        {
            TokenBucket bucket = new TokenBucket(3, 100, 0);
            Assert.True(bucket.TryTake(0));
            Assert.True(bucket.TryTake(0));
            Assert.True(bucket.TryTake(0));
            Assert.False(bucket.TryTake(0));
            Assert.False(bucket.TryTake(99));
            Assert.True(bucket.TryTake(100));
            Assert.False(bucket.TryTake(150));
            Assert.True(bucket.TryTake(10_000));
            Assert.Equal(2, bucket.Tokens);
        }

        [Fact]
        public void TokenBucketGivesNothingWhenTheClockGoesBackwards()
        {
            TokenBucket bucket = new TokenBucket(1, 100, 1_000);
            Assert.True(bucket.TryTake(1_000));
            Assert.False(bucket.TryTake(500));
            Assert.False(bucket.TryTake(599));
            Assert.True(bucket.TryTake(600));
        }

        [Fact]
        public void TrustedClockIsUnknownUntilAnOwnerTellsTheTimeAndThenAdvancesMonotonically()
        {
            TrustedClock clock = new TrustedClock();
            long utc;
            Assert.False(clock.TryGetUtc(5_000, out utc));
            clock.Observe(0, 5_000);
            Assert.False(clock.IsKnown);
            clock.Observe(1_800_000_000, 5_000);
            Assert.True(clock.TryGetUtc(65_500, out utc));
            Assert.Equal(1_800_000_060, utc);
        }

        [Fact]
        public void MacBudgetBoundsTheTotalAcrossKeysAndIsolatesEachKey()
        {
            MacBudget budget = new MacBudget(0);
            int granted = 0;
            for (int slot = 0; slot < ProtocolConstants.MaxOwners; slot++)
            {
                for (int i = 0; i < ProtocolConstants.KeyBucketCapacity; i++)
                {
                    granted += budget.TryTake(slot, 0) ? 1 : 0;
                }
            }

            Assert.Equal(ProtocolConstants.GlobalBucketCapacity, granted);
            Assert.False(budget.TryTake(MacBudget.GuestBucket, 0));

            // A refund after a valid tag returns the tokens at once.
            budget.Refund(0);
            Assert.True(budget.TryTake(0, 0));
        }

        [Fact]
        public void MacBudgetFloodOnOneKeyLeavesTheOthersTheirTokens()
        {
            MacBudget budget = new MacBudget(0);
            int granted = 0;
            for (int i = 0; i < 100; i++)
            {
                granted += budget.TryTake(3, 0) ? 1 : 0;
            }

            // The flooded key spends its own bucket, then borrows the global one down to the reserve, never below.
            Assert.Equal(ProtocolConstants.GlobalBucketCapacity - ProtocolConstants.GlobalBucketReserve, granted);
            Assert.True(budget.TryTake(4, 0));
            Assert.True(budget.TryTake(MacBudget.GuestBucket, 0));
        }
    }
}
