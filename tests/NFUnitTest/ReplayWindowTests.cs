// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>The RFC 6479 bitmap replay window: a numbered vector table (as WireGuard's) and edge sweeps.</summary>
    [TestClass]
    public class ReplayWindowTests
    {
        private const long Max = ProtocolConstants.MaxCounter;

        // (number, counter, accepted) flattened: nanoFramework has no multidimensional arrays. Window 96, floor 0.
        private static readonly long[] Vectors = new long[]
        {
            1, 1, 1, 2, 1, 0, 3, 3, 1, 4, 2, 1, 5, 2, 0,
            6, 100, 1, 7, 4, 0, 8, 5, 1, 9, 5, 0, 10, 99, 1,
            11, 100, 0, 12, 101, 1, 13, 5, 0, 14, 6, 1, 15, 1000, 1,
            16, 999, 1, 17, 905, 1, 18, 904, 0, 19, 905, 0, 20, 1000, 0,
            21, 1001, 1, 22, 0, 0, 23, -1, 0, 24, Max, 1, 25, Max, 0,
            26, long.MaxValue, 0, 27, Max - 1, 1, 28, Max - 95, 1, 29, Max - 96, 0, 30, Max - 1, 0,
        };

        [TestMethod]
        public void Numbered_vectors_accept_exactly_the_expected_counters()
        {
            ReplayWindow window = new ReplayWindow();
            for (int i = 0; i < Vectors.Length; i += 3)
            {
                bool expected = Vectors[i + 2] == 1;
                string name = "vector " + Vectors[i].ToString();
                Assert.IsTrue(expected == window.IsAcceptable(Vectors[i + 1]), name + " (check)");
                Assert.IsTrue(expected == window.Accept(Vectors[i + 1]), name + " (accept)");
            }
        }

        [TestMethod]
        public void The_vector_table_has_thirty_numbered_rows_in_order()
        {
            Assert.AreEqual(90, Vectors.Length);
            for (int i = 0; i < Vectors.Length; i += 3)
            {
                Assert.AreEqual((long)((i / 3) + 1), Vectors[i]);
            }
        }

        [TestMethod]
        public void Every_distance_inside_the_window_is_accepted_once_and_beyond_it_never()
        {
            for (int delta = 0; delta <= 200; delta++)
            {
                ReplayWindow window = new ReplayWindow();
                Assert.IsTrue(window.Accept(1000));
                bool expected = delta > 0 && delta < ProtocolConstants.ReplayWindowSize;
                Assert.IsTrue(expected == window.Accept(1000 - delta), "delta " + delta.ToString());
                Assert.IsFalse(window.Accept(1000 - delta));
            }
        }

        [TestMethod]
        public void IsAcceptable_changes_nothing()
        {
            ReplayWindow window = new ReplayWindow();
            window.Accept(50);
            for (int i = 0; i < 10; i++)
            {
                Assert.IsTrue(window.IsAcceptable(49));
            }

            Assert.AreEqual(50L, window.Highest);
        }

        [TestMethod]
        public void After_reset_the_floor_and_everything_below_it_is_refused()
        {
            ReplayWindow window = new ReplayWindow();
            window.Reset(5000);
            Assert.IsFalse(window.IsAcceptable(5000));
            Assert.IsFalse(window.IsAcceptable(4999));
            Assert.IsFalse(window.IsAcceptable(4950));
            Assert.IsTrue(window.Accept(5001));
            Assert.IsFalse(window.Accept(5000));
            Assert.AreEqual(5000L, window.Floor);
        }

        [TestMethod]
        public void A_negative_floor_is_taken_as_zero()
        {
            ReplayWindow window = new ReplayWindow();
            window.Reset(-7);
            Assert.AreEqual(0L, window.Floor);
            Assert.IsFalse(window.Accept(0));
            Assert.IsTrue(window.Accept(1));
        }

        [TestMethod]
        public void Counters_across_the_32_bit_boundary_in_shuffled_blocks_are_accepted_once()
        {
            ReplayWindow window = new ReplayWindow();
            long start = (1L << 32) - 300;
            window.Reset(start);

            // Blocks of 40 released in a fixed scrambled order (stride 17 is coprime to 40): never more than 40 apart.
            for (long block = start + 1; block < start + 600; block += 40)
            {
                for (int k = 0; k < 40; k++)
                {
                    long c = block + ((k * 17) % 40);
                    Assert.IsTrue(window.Accept(c), c.ToString());
                    Assert.IsFalse(window.Accept(c), c.ToString() + " twice");
                }
            }

            Assert.AreEqual(start + 600, window.Highest);
        }

        [TestMethod]
        public void A_big_jump_clears_the_whole_ring()
        {
            ReplayWindow window = new ReplayWindow();
            for (long c = 1; c <= 96; c++)
            {
                window.Accept(c);
            }

            window.Accept(1000000);
            for (long c = 1000000 - 95; c < 1000000; c++)
            {
                Assert.IsTrue(window.IsAcceptable(c), c.ToString());
            }
        }

        [TestMethod]
        public void A_jump_of_exactly_one_block_keeps_the_recent_bits()
        {
            ReplayWindow window = new ReplayWindow();
            Assert.IsTrue(window.Accept(70));
            Assert.IsTrue(window.Accept(102));
            Assert.IsFalse(window.Accept(70));
            Assert.IsTrue(window.Accept(71));
        }

        [TestMethod]
        public void Counters_above_the_maximum_are_never_accepted()
        {
            ReplayWindow window = new ReplayWindow();
            Assert.IsFalse(window.Accept(Max + 1));
            Assert.IsFalse(window.Accept(long.MinValue));
            Assert.AreEqual(0L, window.Highest);
        }

        [TestMethod]
        public void Agrees_with_a_set_model_on_a_pseudo_random_walk()
        {
            ReplayWindow window = new ReplayWindow();
            bool[] seen = new bool[4000];
            long highest = 0;
            long cursor = 100;
            uint state = 12345;
            for (int i = 0; i < 2000; i++)
            {
                // A small LCG: deterministic, needs nothing beyond mscorlib.
                state = unchecked((state * 1103515245) + 12345);
                int step = (int)((state >> 16) % 150) - 60;
                cursor += step;
                if (cursor < 1)
                {
                    cursor = 1;
                }

                if (cursor >= seen.Length)
                {
                    cursor = seen.Length - 1;
                }

                bool model = !seen[cursor] && (cursor > highest || highest - cursor < ProtocolConstants.ReplayWindowSize);
                Assert.IsTrue(model == window.Accept(cursor), "step " + i.ToString() + " counter " + cursor.ToString());
                if (model)
                {
                    seen[cursor] = true;
                    highest = cursor > highest ? cursor : highest;
                }
            }
        }
    }
}
