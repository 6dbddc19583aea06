// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Text;
using Shared.Runtime.Indicators;
using Xunit;

namespace Runtime.Tests
{
    public class LedPatternTests
    {
        [Fact]
        public void ARepeatingPatternFollowsItsStepsAndLoops()
        {
            LedPattern p = new LedPattern(new[] { 100, 200, 50, 650 }, true);
            Assert.Equal(1000, p.PeriodMs);
            Assert.True(p.IsOnAt(0));
            Assert.True(p.IsOnAt(99));
            Assert.False(p.IsOnAt(100));
            Assert.False(p.IsOnAt(299));
            Assert.True(p.IsOnAt(300));
            Assert.False(p.IsOnAt(350));
            Assert.True(p.IsOnAt(1000));
            Assert.True(p.IsOnAt(5_000_000_099));
            Assert.False(p.IsOnAt(5_000_000_100));
        }

        [Fact]
        public void AOneShotPatternStaysOffAfterItsEnd()
        {
            LedPattern p = new LedPattern(new[] { 300 }, false);
            Assert.False(p.Repeats);
            Assert.True(p.IsOnAt(0));
            Assert.True(p.IsOnAt(299));
            Assert.False(p.IsOnAt(300));
            Assert.False(p.IsOnAt(3_000_000));
        }

        [Fact]
        public void ZeroStepsCountAsOneMillisecondAndAnEmptyPatternIsDark()
        {
            LedPattern p = new LedPattern(new[] { 0, 0 }, true);
            Assert.Equal(2, p.PeriodMs);
            Assert.True(p.IsOnAt(0));
            Assert.False(p.IsOnAt(1));
            Assert.False(new LedPattern(new int[0], true).IsOnAt(0));
            Assert.True(p.IsOnAt(-50), "a negative time counts as the start");
        }

        [Fact]
        public void TheSharedFaultPatternIsLitSteadily()
        {
            for (long t = 0; t < 10_000; t += 7)
            {
                Assert.True(StatusLedPatterns.Fault.IsOnAt(t));
            }
        }

        [Fact]
        public void TheSharedPatternsAreDistinguishableByTheirShape()
        {
            LedPattern[] patterns =
            {
                StatusLedPatterns.Idle, StatusLedPatterns.Offline, StatusLedPatterns.PairingWindow,
                StatusLedPatterns.FactoryResetHold, StatusLedPatterns.FactoryResetConfirmed, StatusLedPatterns.Fault,
            };
            HashSet<string> shapes = new HashSet<string>();
            foreach (LedPattern p in patterns)
            {
                Assert.True(p.IsOnAt(0), "every pattern starts lit, so a mode change is seen at once");
                StringBuilder sb = new StringBuilder();
                for (int t = 0; t < 5000; t += 10)
                {
                    sb.Append(p.IsOnAt(t) ? '1' : '0');
                }

                Assert.True(shapes.Add(sb.ToString()), "two patterns look the same");
            }
        }
    }
}
