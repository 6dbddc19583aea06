// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Xunit;

namespace Doorbell.Tests
{
    public class TimeMathTests
    {
        [Theory]
        [InlineData(1000L, 400L, 600L)]
        [InlineData(long.MinValue + 4, long.MaxValue - 5, 10L)]
        [InlineData(5L, -5L, 10L)]
        [InlineData(0L, 0L, 0L)]
        public void ElapsedIsRightAcrossTheWrap(long now, long since, long expected)
        {
            Assert.Equal(expected, TimeMath.Elapsed(now, since));
        }

        [Fact]
        public void ADeadlinePastTheWrapIsNotDueBeforeItAndDueFromIt()
        {
            long start = long.MaxValue - 3;
            long deadline = TimeMath.After(start, 10);
            Assert.True(deadline < start, "the deadline wrapped");
            Assert.False(TimeMath.IsDue(start, deadline));
            Assert.False(TimeMath.IsDue(TimeMath.After(start, 9), deadline));
            Assert.True(TimeMath.IsDue(TimeMath.After(start, 10), deadline));
            Assert.True(TimeMath.IsDue(TimeMath.After(start, 11), deadline));
            Assert.Equal(4, TimeMath.Remaining(TimeMath.After(start, 6), deadline));
            Assert.Equal(0, TimeMath.Remaining(TimeMath.After(start, 60), deadline));
        }

        [Theory]
        [InlineData(5, 1, 10, 5)]
        [InlineData(0, 1, 10, 1)]
        [InlineData(11, 1, 10, 10)]
        [InlineData(int.MinValue, 1, 10, 1)]
        public void ClampKeepsValuesInRange(int value, int min, int max, int expected)
        {
            Assert.Equal(expected, TimeMath.Clamp(value, min, max));
        }
    }
}
