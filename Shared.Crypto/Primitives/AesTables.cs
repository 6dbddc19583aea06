// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// The AES S-box and one combined SubBytes+MixColumns table (FIPS-197), computed once at start-up rather
    /// than typed in, so a mistyped constant cannot hide in 256 literals. 1.25 KB in total.
    /// </summary>
    internal static class AesTables
    {
        /// <summary>The FIPS-197 section 5.1.1 S-box.</summary>
        internal static readonly byte[] SBox = new byte[256];

        /// <summary>
        /// For a state byte x in row 0: the column contribution (2*S[x], S[x], S[x], 3*S[x]) as a big-endian
        /// word. Rows 1-3 use the same table rotated right by 8, 16 and 24 bits.
        /// </summary>
        internal static readonly uint[] Mix = new uint[256];

        static AesTables()
        {
            // Walk the multiplicative group of GF(2^8) with generator 3: p runs over all non-zero elements while
            // q holds p's inverse; the S-box is the affine transform of the inverse.
            int p = 1;
            int q = 1;
            do
            {
                p = (p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1b : 0)) & 0xff;
                q ^= q << 1;
                q ^= q << 2;
                q ^= q << 4;
                q &= 0xff;
                if ((q & 0x80) != 0)
                {
                    q ^= 0x09;
                }

                int affine = q ^ RotateLeft8(q, 1) ^ RotateLeft8(q, 2) ^ RotateLeft8(q, 3) ^ RotateLeft8(q, 4);
                SBox[p] = (byte)(affine ^ 0x63);
            }
            while (p != 1);

            // Zero has no inverse; FIPS-197 maps it to the affine constant.
            SBox[0] = 0x63;

            for (int x = 0; x < 256; x++)
            {
                uint s = SBox[x];
                uint s2 = Double(s);
                uint s3 = s2 ^ s;
                Mix[x] = (s2 << 24) | (s << 16) | (s << 8) | s3;
            }
        }

        /// <summary>Multiplies by x (that is, 2) in GF(2^8) modulo the AES polynomial.</summary>
        internal static uint Double(uint value)
        {
            uint shifted = value << 1;
            return ((value & 0x80) != 0 ? shifted ^ 0x1b : shifted) & 0xff;
        }

        private static int RotateLeft8(int value, int shift)
        {
            return ((value << shift) | (value >> (8 - shift))) & 0xff;
        }
    }
}
