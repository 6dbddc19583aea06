// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>The RFC 6479 bitmap window: numbered vectors, edge sweeps, 2^32 and 2^63 boundaries, a model check.</summary>
    public class ReplayWindowTests
    {
        private const long Max = ProtocolConstants.MaxCounter;

        // Numbered like WireGuard's replay vectors: (number, counter, accepted). Window = 96, floor = 0.
        public static IEnumerable<object[]> Vectors()
        {
            long[,] table =
            {
                { 1, 1, 1 }, { 2, 1, 0 }, { 3, 3, 1 }, { 4, 2, 1 }, { 5, 2, 0 },
                { 6, 100, 1 }, { 7, 4, 0 }, { 8, 5, 1 }, { 9, 5, 0 }, { 10, 99, 1 },
                { 11, 100, 0 }, { 12, 101, 1 }, { 13, 5, 0 }, { 14, 6, 1 }, { 15, 1000, 1 },
                { 16, 999, 1 }, { 17, 905, 1 }, { 18, 904, 0 }, { 19, 905, 0 }, { 20, 1000, 0 },
                { 21, 1001, 1 }, { 22, 0, 0 }, { 23, -1, 0 }, { 24, Max, 1 }, { 25, Max, 0 },
                { 26, long.MaxValue, 0 }, { 27, Max - 1, 1 }, { 28, Max - 95, 1 }, { 29, Max - 96, 0 }, { 30, Max - 1, 0 },
            };
            yield return new object[] { table };
        }

        [Theory]
        [MemberData(nameof(Vectors))]
        public void NumberedVectorsAcceptExactlyTheExpectedCounters(long[,] table)
        {
            ReplayWindow window = new ReplayWindow();
            for (int i = 0; i < table.GetLength(0); i++)
            {
                long counter = table[i, 1];
                bool expected = table[i, 2] == 1;
                Assert.True(expected == window.IsAcceptable(counter), "vector " + table[i, 0] + " (check)");
                Assert.True(expected == window.Accept(counter), "vector " + table[i, 0] + " (accept)");
            }
        }

        [Fact]
        public void EveryDistanceBelowTheWindowIsAcceptedOnceAndBeyondItNever()
        {
            for (int delta = 0; delta <= 200; delta++)
            {
                ReplayWindow window = new ReplayWindow();
                Assert.True(window.Accept(1000));
                bool expected = delta > 0 && delta < ProtocolConstants.ReplayWindowSize;
                Assert.Equal(expected, window.Accept(1000 - delta));
                Assert.False(window.Accept(1000 - delta));
            }
        }

        [Fact]
        public void IsAcceptableChangesNothing()
        {
            ReplayWindow window = new ReplayWindow();
            window.Accept(50);
            for (int i = 0; i < 10; i++)
            {
                Assert.True(window.IsAcceptable(49));
            }

            Assert.Equal(50, window.Highest);
        }

        [Fact]
        public void FloorRejectsEverythingAtOrBelowItAfterReset()
        {
            ReplayWindow window = new ReplayWindow();
            window.Reset(5000);
            Assert.False(window.IsAcceptable(5000));
            Assert.False(window.IsAcceptable(4999));
            Assert.False(window.IsAcceptable(4950));
            Assert.True(window.Accept(5001));
            Assert.False(window.Accept(5000));
        }

        [Fact]
        public void SequenceAcrossThe32BitBoundaryInAnyOrderWithinTheWindowIsAcceptedOnce()
        {
            ReplayWindow window = new ReplayWindow();
            window.Reset((1L << 32) - 300);
            System.Random random = new System.Random(7);
            long next = (1L << 32) - 299;
            List<long> pending = new List<long>();
            while (next < (1L << 32) + 300)
            {
                // Release counters out of order, but never more than 40 apart.
                pending.Add(next++);
                if (pending.Count == 40 || next == (1L << 32) + 300)
                {
                    while (pending.Count > 0)
                    {
                        int i = random.Next(pending.Count);
                        Assert.True(window.Accept(pending[i]));
                        Assert.False(window.Accept(pending[i]));
                        pending.RemoveAt(i);
                    }
                }
            }

            Assert.Equal((1L << 32) + 299, window.Highest);
        }

        [Fact]
        public void BigJumpsClearTheWholeRing()
        {
            ReplayWindow window = new ReplayWindow();
            for (long c = 1; c <= 96; c++)
            {
                window.Accept(c);
            }

            window.Accept(1_000_000);
            for (long c = 1_000_000 - 95; c < 1_000_000; c++)
            {
                Assert.True(window.IsAcceptable(c), c.ToString());
            }
        }

        [Fact]
        public void AgreesWithASetModelOnRandomSequences()
        {
            Prop.ForAll<int[]>(steps =>
            {
                ReplayWindow window = new ReplayWindow();
                HashSet<long> seen = new HashSet<long>();
                long highest = 0;
                long cursor = 100;
                foreach (int step in steps)
                {
                    cursor += step % 150;
                    long c = cursor < 1 ? 1 : cursor;
                    bool model = !seen.Contains(c) && (c > highest || highest - c < ProtocolConstants.ReplayWindowSize);
                    if (window.Accept(c) != model)
                    {
                        return false;
                    }

                    if (model)
                    {
                        seen.Add(c);
                        highest = c > highest ? c : highest;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
        }
    }
}
