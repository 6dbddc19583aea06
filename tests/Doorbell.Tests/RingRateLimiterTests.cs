// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Xunit;

namespace Doorbell.Tests
{
    public class RingRateLimiterTests
    {
        [Fact]
        public void ABurstRingsThenPressesAreSuppressedAndCounted()
        {
            RingRateLimiter limiter = new RingRateLimiter(3, 20000);
            int suppressed;
            for (int i = 0; i < 3; i++)
            {
                Assert.True(limiter.TryRing(1000 + i, out suppressed));
                Assert.Equal(0, suppressed);
            }

            for (int i = 0; i < 7; i++)
            {
                Assert.False(limiter.TryRing(2000 + i, out suppressed));
            }

            Assert.Equal(7, limiter.Suppressed);
        }

        [Fact]
        public void TheNextAllowedRingCarriesTheSuppressedCountAndResetsIt()
        {
            RingRateLimiter limiter = new RingRateLimiter(1, 20000);
            int suppressed;
            Assert.True(limiter.TryRing(0, out suppressed));
            Assert.False(limiter.TryRing(100, out suppressed));
            Assert.False(limiter.TryRing(19999, out suppressed));
            Assert.True(limiter.TryRing(20000, out suppressed));
            Assert.Equal(2, suppressed);
            Assert.Equal(0, limiter.Suppressed);
        }

        [Fact]
        public void TokensRefillOnePerIntervalUpToTheBurstOnly()
        {
            RingRateLimiter limiter = new RingRateLimiter(2, 1000);
            int s;
            Assert.True(limiter.TryRing(0, out s));
            Assert.True(limiter.TryRing(0, out s));
            Assert.False(limiter.TryRing(999, out s));

            // An hour later only the burst is back, not 3600 rings.
            Assert.True(limiter.TryRing(3600000, out s));
            Assert.True(limiter.TryRing(3600000, out s));
            Assert.False(limiter.TryRing(3600000, out s));
        }

        [Fact]
        public void PartialRefillKeepsTheRemainderOfTheInterval()
        {
            RingRateLimiter limiter = new RingRateLimiter(3, 1000);
            int s;
            for (int i = 0; i < 3; i++)
            {
                Assert.True(limiter.TryRing(0, out s));
            }

            Assert.True(limiter.TryRing(1500, out s));
            Assert.False(limiter.TryRing(1999, out s));
            Assert.True(limiter.TryRing(2000, out s));
        }

        [Fact]
        public void RefillWorksAcrossTheClockWrapping()
        {
            long start = long.MaxValue - 500;
            RingRateLimiter limiter = new RingRateLimiter(1, 1000);
            int s;
            Assert.True(limiter.TryRing(start, out s));
            Assert.False(limiter.TryRing(unchecked(start + 999), out s));
            Assert.True(limiter.TryRing(unchecked(start + 1000), out s));
        }
    }
}
