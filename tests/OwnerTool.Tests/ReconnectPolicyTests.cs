// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Core;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>The watch's reconnect back-off and its "broker still unreachable" notices, as arithmetic on the outage length.</summary>
    public sealed class ReconnectPolicyTests
    {
        [Fact]
        public void DelaysDoubleFromTheInitialDelayAndStopAtTheBound()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(10));
            int[] expected = { 100, 200, 400, 800, 1600, 2000, 2000, 2000 };
            foreach (int ms in expected)
            {
                Assert.Equal(TimeSpan.FromMilliseconds(ms), policy.NextDelay());
            }

            Assert.Equal(expected.Length, policy.Failures);
        }

        [Fact]
        public void ManyFailuresNeverOverflowPastTheBound()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(10));
            for (int i = 0; i < 10000; i++)
            {
                Assert.InRange(policy.NextDelay(), ReconnectPolicy.InitialDelay, ReconnectPolicy.MaxDelay);
            }
        }

        [Fact]
        public void ResetStartsTheDelaysAndTheNoticesOver()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(1));
            policy.NextDelay();
            policy.NextDelay();
            Assert.True(policy.ShouldWarn(TimeSpan.FromSeconds(3)));
            policy.Reset();
            Assert.Equal(0, policy.Failures);
            Assert.Equal(ReconnectPolicy.InitialDelay, policy.NextDelay());
            Assert.True(policy.ShouldWarn(TimeSpan.FromSeconds(3)));
        }

        [Fact]
        public void TheFirstNoticeComesAfterThreeTimeoutsAndOnlyOnce()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(10));
            Assert.False(policy.ShouldWarn(TimeSpan.FromSeconds(29.9)));
            Assert.True(policy.ShouldWarn(TimeSpan.FromSeconds(30)));
            Assert.False(policy.ShouldWarn(TimeSpan.FromSeconds(31)));
            Assert.False(policy.ShouldWarn(TimeSpan.FromSeconds(59)));
        }

        [Fact]
        public void LaterNoticesComeEachTimeTheOutageDoubles()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(10));
            int notices = 0;
            for (int second = 0; second <= 240; second++)
            {
                notices += policy.ShouldWarn(TimeSpan.FromSeconds(second)) ? 1 : 0;
            }

            // 30 s, 60 s, 120 s, 240 s.
            Assert.Equal(4, notices);
        }

        [Fact]
        public void AJumpOverSeveralThresholdsGivesOneNotice()
        {
            var policy = new ReconnectPolicy(TimeSpan.FromSeconds(1));
            Assert.True(policy.ShouldWarn(TimeSpan.FromSeconds(100)));
            Assert.False(policy.ShouldWarn(TimeSpan.FromSeconds(150)));
            Assert.True(policy.ShouldWarn(TimeSpan.FromSeconds(192)));
        }
    }
}
