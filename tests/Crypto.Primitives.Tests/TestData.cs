// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;

namespace Crypto.Primitives.Tests
{
    /// <summary>Helpers for vectors and seeded random inputs.</summary>
    internal static class TestData
    {
        /// <summary>Message lengths around SHA-256's padding and block boundaries, and AES block edges.</summary>
        internal static readonly int[] Lengths =
        {
            0, 1, 2, 15, 16, 17, 31, 32, 33, 47, 48, 55, 56, 57, 63, 64, 65, 100, 119, 120, 127, 128, 129, 200, 255, 256, 1000, 1025,
        };

        internal static byte[] Hex(string hex)
        {
            return Convert.FromHexString(hex.Replace(" ", string.Empty));
        }

        internal static string ToHex(byte[] bytes, int offset, int count)
        {
            return Convert.ToHexString(bytes, offset, count).ToLowerInvariant();
        }

        internal static string ToHex(byte[] bytes)
        {
            return ToHex(bytes, 0, bytes.Length);
        }

        internal static byte[] Ascii(string text)
        {
            return Encoding.ASCII.GetBytes(text);
        }

        internal static byte[] Repeat(byte value, int count)
        {
            byte[] result = new byte[count];
            Array.Fill(result, value);
            return result;
        }

        internal static byte[] Sequence(int first, int count)
        {
            byte[] result = new byte[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = (byte)(first + i);
            }

            return result;
        }

        internal static byte[] RandomBytes(Random random, int count)
        {
            byte[] result = new byte[count];
            random.NextBytes(result);
            return result;
        }

        /// <summary>Copies <paramref name="data"/> into a larger buffer at an odd offset, with junk around it.</summary>
        internal static byte[] Embed(Random random, byte[] data, int offset)
        {
            byte[] buffer = RandomBytes(random, data.Length + offset + 7);
            Array.Copy(data, 0, buffer, offset, data.Length);
            return buffer;
        }
    }
}
