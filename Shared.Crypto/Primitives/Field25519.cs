// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Arithmetic modulo p = 2^255 - 19 on ten signed limbs in radix 2^25.5 (26, 25, 26, 25, ... bits; limb i
    /// weighs 2^ceil(25.5 i)), held in longs. 2^255 = 19 (mod p) folds the upper half of a product back with a
    /// factor 19. Products of carried limbs stay below 2^62, so no BigInteger is needed, and no branch or index
    /// depends on secret data. Limbs are loaded into locals: the interpreter pays per array access.
    /// </summary>
    internal static class Field25519
    {
        /// <summary>Limbs per element.</summary>
        internal const int Limbs = 10;

        internal static void Set(long[] result, long[] a)
        {
            Array.Copy(a, 0, result, 0, Limbs);
        }

        internal static void SetSmall(long[] result, int value)
        {
            Array.Clear(result, 0, Limbs);
            result[0] = value;
        }

        internal static void Add(long[] result, long[] a, long[] b)
        {
            for (int i = 0; i < Limbs; i++)
            {
                result[i] = a[i] + b[i];
            }
        }

        internal static void Subtract(long[] result, long[] a, long[] b)
        {
            for (int i = 0; i < Limbs; i++)
            {
                result[i] = a[i] - b[i];
            }
        }

        /// <summary>result = f * g mod p; result may alias f or g. Inputs: carried limbs or one add/sub of them.</summary>
        internal static void Multiply(long[] result, long[] f, long[] g)
        {
            long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
            long f5 = f[5], f6 = f[6], f7 = f[7], f8 = f[8], f9 = f[9];
            long g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4];
            long g5 = g[5], g6 = g[6], g7 = g[7], g8 = g[8], g9 = g[9];

            // Two odd limbs multiply to twice the weight of their sum's limb: hence the doubled odd f limbs.
            long f1x2 = 2 * f1, f3x2 = 2 * f3, f5x2 = 2 * f5, f7x2 = 2 * f7, f9x2 = 2 * f9;
            long g1x19 = 19 * g1, g2x19 = 19 * g2, g3x19 = 19 * g3, g4x19 = 19 * g4, g5x19 = 19 * g5;
            long g6x19 = 19 * g6, g7x19 = 19 * g7, g8x19 = 19 * g8, g9x19 = 19 * g9;

            long h0 = (f0 * g0) + (f1x2 * g9x19) + (f2 * g8x19) + (f3x2 * g7x19) + (f4 * g6x19)
                + (f5x2 * g5x19) + (f6 * g4x19) + (f7x2 * g3x19) + (f8 * g2x19) + (f9x2 * g1x19);
            long h1 = (f0 * g1) + (f1 * g0) + (f2 * g9x19) + (f3 * g8x19) + (f4 * g7x19)
                + (f5 * g6x19) + (f6 * g5x19) + (f7 * g4x19) + (f8 * g3x19) + (f9 * g2x19);
            long h2 = (f0 * g2) + (f1x2 * g1) + (f2 * g0) + (f3x2 * g9x19) + (f4 * g8x19)
                + (f5x2 * g7x19) + (f6 * g6x19) + (f7x2 * g5x19) + (f8 * g4x19) + (f9x2 * g3x19);
            long h3 = (f0 * g3) + (f1 * g2) + (f2 * g1) + (f3 * g0) + (f4 * g9x19)
                + (f5 * g8x19) + (f6 * g7x19) + (f7 * g6x19) + (f8 * g5x19) + (f9 * g4x19);
            long h4 = (f0 * g4) + (f1x2 * g3) + (f2 * g2) + (f3x2 * g1) + (f4 * g0)
                + (f5x2 * g9x19) + (f6 * g8x19) + (f7x2 * g7x19) + (f8 * g6x19) + (f9x2 * g5x19);
            long h5 = (f0 * g5) + (f1 * g4) + (f2 * g3) + (f3 * g2) + (f4 * g1)
                + (f5 * g0) + (f6 * g9x19) + (f7 * g8x19) + (f8 * g7x19) + (f9 * g6x19);
            long h6 = (f0 * g6) + (f1x2 * g5) + (f2 * g4) + (f3x2 * g3) + (f4 * g2)
                + (f5x2 * g1) + (f6 * g0) + (f7x2 * g9x19) + (f8 * g8x19) + (f9x2 * g7x19);
            long h7 = (f0 * g7) + (f1 * g6) + (f2 * g5) + (f3 * g4) + (f4 * g3)
                + (f5 * g2) + (f6 * g1) + (f7 * g0) + (f8 * g9x19) + (f9 * g8x19);
            long h8 = (f0 * g8) + (f1x2 * g7) + (f2 * g6) + (f3x2 * g5) + (f4 * g4)
                + (f5x2 * g3) + (f6 * g2) + (f7x2 * g1) + (f8 * g0) + (f9x2 * g9x19);
            long h9 = (f0 * g9) + (f1 * g8) + (f2 * g7) + (f3 * g6) + (f4 * g5)
                + (f5 * g4) + (f6 * g3) + (f7 * g2) + (f8 * g1) + (f9 * g0);

            CarryInto(result, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
        }

        /// <summary>result = f^2 mod p: symmetric terms of <see cref="Multiply"/> merged (55 products, not 100).</summary>
        internal static void Square(long[] result, long[] f)
        {
            long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
            long f5 = f[5], f6 = f[6], f7 = f[7], f8 = f[8], f9 = f[9];
            long f0x2 = 2 * f0, f1x2 = 2 * f1, f2x2 = 2 * f2, f3x2 = 2 * f3, f4x2 = 2 * f4;
            long f5x2 = 2 * f5, f6x2 = 2 * f6, f7x2 = 2 * f7, f8x2 = 2 * f8, f9x2 = 2 * f9;
            long f5x19 = 19 * f5, f6x19 = 19 * f6, f7x19 = 19 * f7, f8x19 = 19 * f8, f9x19 = 19 * f9;
            long f7x38 = 38 * f7, f9x38 = 38 * f9;

            long h0 = (f0 * f0) + (f1x2 * f9x38) + (f2x2 * f8x19) + (f3x2 * f7x38) + (f4x2 * f6x19)
                + (f5x2 * f5x19);
            long h1 = (f0x2 * f1) + (f2x2 * f9x19) + (f3x2 * f8x19) + (f4x2 * f7x19) + (f5x2 * f6x19);
            long h2 = (f0x2 * f2) + (f1x2 * f1) + (f3x2 * f9x38) + (f4x2 * f8x19) + (f5x2 * f7x38)
                + (f6 * f6x19);
            long h3 = (f0x2 * f3) + (f1x2 * f2) + (f4x2 * f9x19) + (f5x2 * f8x19) + (f6x2 * f7x19);
            long h4 = (f0x2 * f4) + (f1x2 * f3x2) + (f2 * f2) + (f5x2 * f9x38) + (f6x2 * f8x19)
                + (f7x2 * f7x19);
            long h5 = (f0x2 * f5) + (f1x2 * f4) + (f2x2 * f3) + (f6x2 * f9x19) + (f7x2 * f8x19);
            long h6 = (f0x2 * f6) + (f1x2 * f5x2) + (f2x2 * f4) + (f3x2 * f3) + (f7x2 * f9x38)
                + (f8 * f8x19);
            long h7 = (f0x2 * f7) + (f1x2 * f6) + (f2x2 * f5) + (f3x2 * f4) + (f8x2 * f9x19);
            long h8 = (f0x2 * f8) + (f1x2 * f7x2) + (f2x2 * f6) + (f3x2 * f5x2) + (f4 * f4)
                + (f9x2 * f9x19);
            long h9 = (f0x2 * f9) + (f1x2 * f8) + (f2x2 * f7) + (f3x2 * f6) + (f4x2 * f5);

            CarryInto(result, h0, h1, h2, h3, h4, h5, h6, h7, h8, h9);
        }

        /// <summary>result = f * small mod p, for the ladder constant (A - 2) / 4 = 121665.</summary>
        internal static void MultiplySmall(long[] result, long[] f, int small)
        {
            CarryInto(
                result,
                f[0] * small,
                f[1] * small,
                f[2] * small,
                f[3] * small,
                f[4] * small,
                f[5] * small,
                f[6] * small,
                f[7] * small,
                f[8] * small,
                f[9] * small);
        }

        /// <summary>Swaps a and b when bit is 1, leaves them when 0, with the same operations either way.</summary>
        internal static void ConditionalSwap(long[] a, long[] b, int bit)
        {
            long mask = -(long)bit;
            for (int i = 0; i < Limbs; i++)
            {
                long t = mask & (a[i] ^ b[i]);
                a[i] ^= t;
                b[i] ^= t;
            }
        }

        /// <summary>
        /// result = z^(p-2) = 1/z (Fermat; 0 maps to 0) by the usual chain of 254 squarings and 11 multiplications.
        /// </summary>
        internal static void Invert(long[] result, long[] z)
        {
            long[] z2 = new long[Limbs];
            long[] z11 = new long[Limbs];
            long[] run = new long[Limbs];
            long[] t = new long[Limbs];
            Square(z2, z);                       // z^2
            SquareTimes(t, z2, 2);               // z^8
            Multiply(t, t, z);                   // z^9
            Multiply(z11, t, z2);                // z^11
            Square(run, z11);                    // z^22
            Multiply(run, run, t);               // z^(2^5 - 1)
            SquareTimes(t, run, 5);
            Multiply(run, t, run);               // z^(2^10 - 1)
            Set(z2, run);                        // keep z^(2^10 - 1)
            SquareTimes(t, run, 10);
            Multiply(t, t, run);                 // z^(2^20 - 1)
            SquareTimes(run, t, 20);
            Multiply(t, run, t);                 // z^(2^40 - 1)
            SquareTimes(t, t, 10);
            Multiply(run, t, z2);                // z^(2^50 - 1)
            Set(z2, run);                        // keep z^(2^50 - 1)
            SquareTimes(t, run, 50);
            Multiply(t, t, run);                 // z^(2^100 - 1)
            SquareTimes(run, t, 100);
            Multiply(t, run, t);                 // z^(2^200 - 1)
            SquareTimes(t, t, 50);
            Multiply(t, t, z2);                  // z^(2^250 - 1)
            SquareTimes(t, t, 5);
            Multiply(result, t, z11);            // z^(2^255 - 32 + 11) = z^(p - 2)
            Array.Clear(z2, 0, Limbs);
            Array.Clear(z11, 0, Limbs);
            Array.Clear(run, 0, Limbs);
            Array.Clear(t, 0, Limbs);
        }

        /// <summary>Reads 32 little-endian bytes, ignoring the top bit as RFC 7748 section 5 requires.</summary>
        internal static void Unpack(long[] result, byte[] input)
        {
            int position = 0;
            for (int i = 0; i < Limbs; i++)
            {
                int width = LimbWidth(i);
                int at = position >> 3;
                long word = input[at] | ((long)input[at + 1] << 8)
                    | ((long)input[at + 2] << 16) | ((long)input[at + 3] << 24);
                result[i] = (word >> (position & 7)) & ((1L << width) - 1);
                position += width;
            }
        }

        /// <summary>Writes the canonical (fully reduced) 32-byte little-endian encoding; a is not modified.</summary>
        internal static void Pack(byte[] output, long[] a, long[] scratch)
        {
            Set(scratch, a);
            Carry(scratch);
            Carry(scratch);

            // Limbs are now non-negative and in range, so 0 <= v < 2^255 + 2^52. q = 1 exactly when v >= p,
            // that is when v + 19 reaches 2^255; then v - p = v + 19 - 2^255: add 19, ripple, drop bit 255.
            long q = (scratch[0] + 19) >> 26;
            for (int i = 1; i < Limbs; i++)
            {
                q = (scratch[i] + q) >> LimbWidth(i);
            }

            scratch[0] += 19 * q;
            for (int i = 0; i < Limbs - 1; i++)
            {
                int width = LimbWidth(i);
                long carry = scratch[i] >> width;
                scratch[i + 1] += carry;
                scratch[i] -= carry << width;
            }

            scratch[Limbs - 1] &= (1L << LimbWidth(Limbs - 1)) - 1;

            long accumulator = 0;
            int bits = 0;
            int written = 0;
            for (int i = 0; i < Limbs; i++)
            {
                accumulator |= scratch[i] << bits;
                bits += LimbWidth(i);
                while (bits >= 8)
                {
                    output[written++] = (byte)accumulator;
                    accumulator >>= 8;
                    bits -= 8;
                }
            }

            output[written] = (byte)accumulator;
            Array.Clear(scratch, 0, Limbs);
        }

        private static void SquareTimes(long[] result, long[] f, int times)
        {
            Square(result, f);
            for (int i = 1; i < times; i++)
            {
                Square(result, result);
            }
        }

        private static int LimbWidth(int index)
        {
            return (index & 1) == 0 ? 26 : 25;
        }

        /// <summary>One floor-carry pass over an element in place; the top carry wraps round times 19.</summary>
        private static void Carry(long[] a)
        {
            CarryInto(a, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
        }

        /// <summary>
        /// Carries h0..h9 so that every limb fits its width (limb 1 may keep a tiny excess) and stores them.
        /// The arithmetic shift floors negative values, so subtraction results normalise too.
        /// </summary>
        private static void CarryInto(
            long[] r, long h0, long h1, long h2, long h3, long h4, long h5, long h6, long h7, long h8, long h9)
        {
            long c;
            c = h0 >> 26; h1 += c; h0 -= c << 26;
            c = h1 >> 25; h2 += c; h1 -= c << 25;
            c = h2 >> 26; h3 += c; h2 -= c << 26;
            c = h3 >> 25; h4 += c; h3 -= c << 25;
            c = h4 >> 26; h5 += c; h4 -= c << 26;
            c = h5 >> 25; h6 += c; h5 -= c << 25;
            c = h6 >> 26; h7 += c; h6 -= c << 26;
            c = h7 >> 25; h8 += c; h7 -= c << 25;
            c = h8 >> 26; h9 += c; h8 -= c << 26;
            c = h9 >> 25; h0 += 19 * c; h9 -= c << 25;
            c = h0 >> 26; h1 += c; h0 -= c << 26;
            r[0] = h0;
            r[1] = h1;
            r[2] = h2;
            r[3] = h3;
            r[4] = h4;
            r[5] = h5;
            r[6] = h6;
            r[7] = h7;
            r[8] = h8;
            r[9] = h9;
        }
    }
}
