// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Xunit;

namespace Crypto.Primitives.Tests
{
    public class ConstantTimeTests
    {
        [Fact]
        public void EqualRangesCompareEqualAtAnyOffsets()
        {
            byte[] a = { 9, 1, 2, 3, 4 };
            byte[] b = { 1, 2, 3, 4, 7, 7 };
            Assert.True(ConstantTime.AreEqual(a, 1, b, 0, 4));
            Assert.True(ConstantTime.AreEqual(a, 0, a, 0, 5));
            Assert.True(ConstantTime.AreEqual(a, 5, b, 6, 0));
        }

        [Fact]
        public void ADifferenceInAnySingleBitMakesThemUnequal()
        {
            byte[] a = new byte[32];
            new Random(1).NextBytes(a);
            byte[] b = (byte[])a.Clone();
            for (int bit = 0; bit < 256; bit++)
            {
                b[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.False(ConstantTime.AreEqual(a, 0, b, 0, 32));
                b[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Assert.True(ConstantTime.AreEqual(a, 0, b, 0, 32));
        }

        [Fact]
        public void BytesOutsideTheComparedRangesAreIgnored()
        {
            byte[] a = { 0xff, 5, 6, 0xee };
            byte[] b = { 0x00, 5, 6, 0x11 };
            Assert.True(ConstantTime.AreEqual(a, 1, b, 1, 2));
            Assert.False(ConstantTime.AreEqual(a, 0, b, 0, 2));
        }

        [Fact]
        public void RangesPastTheEndThrowInsteadOfReadingOutOfBounds()
        {
            byte[] a = new byte[4];
            Assert.Throws<ArgumentOutOfRangeException>(() => ConstantTime.AreEqual(a, 1, a, 0, 4));
            Assert.Throws<ArgumentOutOfRangeException>(() => ConstantTime.AreEqual(a, 0, a, -1, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => ConstantTime.AreEqual(a, int.MaxValue, a, 0, 1));
            Assert.Throws<ArgumentNullException>(() => ConstantTime.AreEqual(null, 0, a, 0, 0));
        }

        [Fact]
        public void IsZeroSeesAnyNonZeroByte()
        {
            byte[] buffer = new byte[8];
            Assert.True(ConstantTime.IsZero(buffer, 0, 8));
            buffer[7] = 0x80;
            Assert.False(ConstantTime.IsZero(buffer, 0, 8));
            Assert.True(ConstantTime.IsZero(buffer, 0, 7));
        }

        [Fact]
        public void SecureBufferClearWipesAllOrARangeAndIgnoresNull()
        {
            byte[] buffer = { 1, 2, 3, 4 };
            SecureBuffer.Clear(buffer, 1, 2);
            Assert.Equal(new byte[] { 1, 0, 0, 4 }, buffer);
            SecureBuffer.Clear(buffer);
            Assert.Equal(new byte[4], buffer);
            SecureBuffer.Clear(null);
        }

        [Fact]
        public void HardwareRandomFillsTheWholeBuffer()
        {
            IRandomSource random = new HardwareRandom();
            byte[] buffer = new byte[4096];
            random.NextBytes(buffer);

            // 4096 random bytes with no value above 0 in the last 1024 would mean a partial fill.
            Assert.False(ConstantTime.IsZero(buffer, 3072, 1024));
            Assert.Throws<ArgumentNullException>(() => random.NextBytes(null));
        }
    }
}
