// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace NFUnitTest
{
    /// <summary>Hex helpers for test vectors (Convert.FromHexString does not exist on the device).</summary>
    public static class Hex
    {
        /// <summary>Parses lower- or upper-case hex with no separators.</summary>
        /// <param name="hex">The text.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Parse(string hex)
        {
            byte[] result = new byte[hex.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
            }

            return result;
        }

        /// <summary>Returns <paramref name="count"/> copies of <paramref name="value"/>.</summary>
        /// <param name="value">The byte.</param>
        /// <param name="count">How many.</param>
        /// <returns>The array.</returns>
        public static byte[] Repeat(byte value, int count)
        {
            byte[] result = new byte[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = value;
            }

            return result;
        }

        /// <summary>Returns the ASCII bytes of a string (vectors only use ASCII).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Ascii(string text)
        {
            byte[] result = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                result[i] = (byte)text[i];
            }

            return result;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("not a hex digit");
        }
    }
}
