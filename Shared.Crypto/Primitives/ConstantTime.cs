// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Comparisons whose running time does not depend on the data compared, so a forger cannot learn a MAC
    /// byte by byte from response timing.
    /// </summary>
    public static class ConstantTime
    {
        /// <summary>
        /// Compares two byte ranges of the same length, always reading all <paramref name="count"/> bytes.
        /// </summary>
        /// <param name="a">The first buffer.</param>
        /// <param name="aOffset">Where the first range starts.</param>
        /// <param name="b">The second buffer.</param>
        /// <param name="bOffset">Where the second range starts.</param>
        /// <param name="count">The number of bytes to compare.</param>
        /// <returns><c>true</c> when the ranges are equal.</returns>
        public static bool AreEqual(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            Guard.Range(a, aOffset, count, "a");
            Guard.Range(b, bOffset, count, "b");
            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }

        /// <summary>
        /// Tells whether every byte of a range is zero, always reading all <paramref name="count"/> bytes.
        /// </summary>
        /// <param name="buffer">The buffer.</param>
        /// <param name="offset">Where the range starts.</param>
        /// <param name="count">The number of bytes to check.</param>
        /// <returns><c>true</c> when all bytes are zero.</returns>
        public static bool IsZero(byte[] buffer, int offset, int count)
        {
            Guard.Range(buffer, offset, count, "buffer");
            int accumulator = 0;
            for (int i = 0; i < count; i++)
            {
                accumulator |= buffer[offset + i];
            }

            return accumulator == 0;
        }
    }
}
