// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>Byte arrays for test vectors; hex goes through the library's <see cref="Hex"/>.</summary>
    public static class TestBytes
    {
        /// <summary>Decodes lower- or upper-case hex with no separators.</summary>
        /// <param name="hex">The text (an even number of hex digits).</param>
        /// <returns>The bytes.</returns>
        /// <exception cref="ArgumentException">The text is not hex: a typo in a vector must fail loudly.</exception>
        public static byte[] FromHex(string hex)
        {
            byte[] result = new byte[hex.Length / 2];
            if (!Hex.TryDecode(hex, result, 0, result.Length))
            {
                throw new ArgumentException("not a hex string");
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
    }
}
