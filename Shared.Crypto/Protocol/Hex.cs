// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>Lowercase hex for topics and URIs (nanoFramework has no Convert.ToHexString).</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Encodes bytes as lowercase hex.</summary>
        /// <param name="data">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>2 * count hex digits.</returns>
        public static string Encode(byte[] data, int offset, int count)
        {
            char[] chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                byte b = data[offset + i];
                chars[2 * i] = Digits[b >> 4];
                chars[(2 * i) + 1] = Digits[b & 0x0F];
            }

            return new string(chars);
        }

        /// <summary>Decodes exactly <paramref name="count"/> bytes of hex (either case).</summary>
        /// <param name="text">Hex text; must hold exactly 2 * count digits.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First destination byte.</param>
        /// <param name="count">Number of bytes expected.</param>
        /// <returns>False on a wrong length or a non-hex digit (output then undefined).</returns>
        public static bool TryDecode(string text, byte[] output, int offset, int count)
        {
            if (text == null || text.Length != count * 2)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                int hi = Digit(text[2 * i]);
                int lo = Digit(text[(2 * i) + 1]);
                if (hi < 0 || lo < 0)
                {
                    return false;
                }

                output[offset + i] = (byte)((hi << 4) | lo);
            }

            return true;
        }

        private static int Digit(char c)
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

            return -1;
        }
    }
}
