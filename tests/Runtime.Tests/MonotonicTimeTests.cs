// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;
using Xunit;

namespace Runtime.Tests
{
    public class MonotonicTimeTests
    {
        [Theory]
        [InlineData(1000L, 400L, 600L)]
        [InlineData(long.MinValue + 4, long.MaxValue - 5, 10L)]
        [InlineData(5L, -5L, 10L)]
        [InlineData(0L, 0L, 0L)]
        public void ElapsedIsRightAcrossTheWrap(long now, long since, long expected)
        {
            Assert.Equal(expected, MonotonicTime.Elapsed(now, since));
        }

        [Theory]
        [InlineData(long.MaxValue - 10, 5_000L)]
        [InlineData(-5L, 20L)]
        [InlineData(0L, 1L)]
        public void HasElapsedTurnsTrueExactlyAtTheDurationAcrossTheWrap(long since, long passed)
        {
            long now = unchecked(since + passed);
            Assert.Equal(passed, MonotonicTime.Elapsed(now, since));
            Assert.True(MonotonicTime.HasElapsed(now, since, passed));
            Assert.False(MonotonicTime.HasElapsed(now, since, passed + 1));
        }

        [Fact]
        public void ADeadlinePastTheWrapIsNotDueBeforeItAndDueFromIt()
        {
            long start = long.MaxValue - 3;
            long deadline = MonotonicTime.After(start, 10);
            Assert.True(deadline < start, "the deadline wrapped");
            Assert.False(MonotonicTime.IsDue(start, deadline));
            Assert.False(MonotonicTime.IsDue(MonotonicTime.After(start, 9), deadline));
            Assert.True(MonotonicTime.IsDue(MonotonicTime.After(start, 10), deadline));
            Assert.True(MonotonicTime.IsDue(MonotonicTime.After(start, 11), deadline));
            Assert.Equal(4, MonotonicTime.Remaining(MonotonicTime.After(start, 6), deadline));
            Assert.Equal(0, MonotonicTime.Remaining(MonotonicTime.After(start, 60), deadline));
        }

        [Theory]
        [InlineData(5, 1, 10, 5)]
        [InlineData(0, 1, 10, 1)]
        [InlineData(11, 1, 10, 10)]
        [InlineData(int.MinValue, 1, 10, 1)]
        [InlineData(int.MaxValue, 1, 10, 10)]
        public void ClampKeepsValuesInRange(int value, int min, int max, int expected)
        {
            Assert.Equal(expected, MonotonicTime.Clamp(value, min, max));
        }
    }
}
