// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Network;
using Xunit;

namespace Runtime.Tests
{
    public class ReconnectBackoffTests
    {
        [Fact]
        public void CeilingDoublesPerFailureUpToTheMaximum()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 30000);
            int top = ReconnectBackoff.JitterRange - 1;
            int[] expectedCeilings = { 1000, 2000, 4000, 8000, 16000, 30000, 30000 };
            foreach (int ceiling in expectedCeilings)
            {
                int delay = backoff.NextDelay(top);
                Assert.InRange(delay, ceiling - 1, ceiling);
            }
        }

        [Fact]
        public void DelayNeverFallsBelowHalfTheCeiling()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 30000);
            Assert.Equal(500, backoff.NextDelay(0));
            Assert.Equal(1000, backoff.NextDelay(0));
            Assert.Equal(2000, backoff.NextDelay(0));
        }

        [Fact]
        public void JitterSpreadsDelaysAcrossTheUpperHalf()
        {
            ReconnectBackoff a = new ReconnectBackoff(1000, 30000);
            ReconnectBackoff b = new ReconnectBackoff(1000, 30000);
            Assert.NotEqual(a.NextDelay(100), b.NextDelay(60000));
        }

        [Fact]
        public void ResetStartsFromTheInitialDelayAgain()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 30000);
            for (int i = 0; i < 10; i++)
            {
                backoff.NextDelay(0);
            }

            backoff.Reset();
            Assert.Equal(0, backoff.Failures);
            Assert.Equal(500, backoff.NextDelay(0));
        }

        [Fact]
        public void OutOfRangeJitterIsFoldedNotTrusted()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 30000);
            int delay = backoff.NextDelay(-7);
            Assert.InRange(delay, 500, 1000);
        }

        [Fact]
        public void ManyFailuresNeitherOverflowNorExceedTheMaximum()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 30000);
            for (int i = 0; i < 10000; i++)
            {
                Assert.InRange(backoff.NextDelay(i * 7919), 500, 30000);
            }
        }

        [Fact]
        public void TooSmallSettingsAreClampedSoADeviceNeverSpins()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(0, -5);
            Assert.Equal(50, backoff.NextDelay(0));
        }
    }
}
