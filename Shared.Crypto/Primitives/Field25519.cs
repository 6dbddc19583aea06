// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Arithmetic modulo p = 2^255 - 19 on 16 signed 16-bit limbs held in longs (value = sum limb[i] * 2^(16 i)).
    /// Products fit easily in 64 bits, no BigInteger is needed, and no branch or index depends on secret data.
    /// </summary>
    internal static class Field25519
    {
        /// <summary>Limbs per element.</summary>
        internal const int Limbs = 16;

        /// <summary>Length of the scratch buffer <see cref="Multiply"/> needs.</summary>
        internal const int ProductLength = (2 * Limbs) - 1;

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

        /// <summary>
        /// result = a * b mod p. <paramref name="product"/> is caller-owned scratch of <see cref="ProductLength"/>
        /// longs; result may alias a or b.
        /// </summary>
        internal static void Multiply(long[] result, long[] a, long[] b, long[] product)
        {
            Array.Clear(product, 0, ProductLength);
            for (int i = 0; i < Limbs; i++)
            {
                long ai = a[i];
                for (int j = 0; j < Limbs; j++)
                {
                    product[i + j] += ai * b[j];
                }
            }

            // 2^256 = 2 * 2^255 = 2 * 19 = 38 (mod p): fold the high half onto the low half.
            for (int i = 0; i < Limbs - 1; i++)
            {
                product[i] += 38 * product[i + Limbs];
            }

            Array.Copy(product, 0, result, 0, Limbs);
            Carry(result);
            Carry(result);
        }

        /// <summary>result = a * small mod p, for the ladder constant (A - 2) / 4 = 121665.</summary>
        internal static void MultiplySmall(long[] result, long[] a, int small)
        {
            for (int i = 0; i < Limbs; i++)
            {
                result[i] = a[i] * small;
            }

            Carry(result);
            Carry(result);
        }

        /// <summary>
        /// Brings every limb back to 16 bits (limb 0 may keep a small excess), folding the top carry with 38.
        /// The arithmetic shift floors negative limbs, so subtraction results normalise too.
        /// </summary>
        internal static void Carry(long[] a)
        {
            for (int i = 0; i < Limbs; i++)
            {
                long carry = a[i] >> 16;
                a[i] -= carry << 16;
                if (i < Limbs - 1)
                {
                    a[i + 1] += carry;
                }
                else
                {
                    a[0] += 38 * carry;
                }
            }
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
        /// result = a^(p-2) = 1/a (Fermat). p - 2 = 2^255 - 21 has every bit set except bits 2 and 4; the
        /// exponent is public, so branching on its bits leaks nothing.
        /// </summary>
        internal static void Invert(long[] result, long[] a, long[] scratch, long[] product)
        {
            Set(scratch, a);
            for (int bit = 253; bit >= 0; bit--)
            {
                Multiply(scratch, scratch, scratch, product);
                if (bit != 2 && bit != 4)
                {
                    Multiply(scratch, scratch, a, product);
                }
            }

            Set(result, scratch);
        }

        /// <summary>Reads 32 little-endian bytes, ignoring the top bit as RFC 7748 section 5 requires.</summary>
        internal static void Unpack(long[] result, byte[] input)
        {
            for (int i = 0; i < Limbs; i++)
            {
                result[i] = input[2 * i] | ((long)input[(2 * i) + 1] << 8);
            }

            result[Limbs - 1] &= 0x7fff;
        }

        /// <summary>
        /// Writes the canonical (fully reduced) 32-byte little-endian encoding. <paramref name="scratch"/> and
        /// <paramref name="reduced"/> are caller-owned elements; a is not modified.
        /// </summary>
        internal static void Pack(byte[] output, long[] a, long[] scratch, long[] reduced)
        {
            Set(scratch, a);
            Carry(scratch);
            Carry(scratch);
            Carry(scratch);

            // The value is now below 2^256 < 3p: subtract p up to twice, keeping the result only without borrow.
            for (int pass = 0; pass < 2; pass++)
            {
                reduced[0] = scratch[0] - 0xffed;
                for (int i = 1; i < Limbs; i++)
                {
                    long limbOfP = i == Limbs - 1 ? 0x7fff : 0xffff;
                    reduced[i] = scratch[i] - limbOfP - ((reduced[i - 1] >> 16) & 1);
                    reduced[i - 1] &= 0xffff;
                }

                int borrow = (int)((reduced[Limbs - 1] >> 16) & 1);
                reduced[Limbs - 1] &= 0xffff;
                ConditionalSwap(scratch, reduced, 1 - borrow);
            }

            for (int i = 0; i < Limbs; i++)
            {
                output[2 * i] = (byte)scratch[i];
                output[(2 * i) + 1] = (byte)(scratch[i] >> 8);
            }

            Array.Clear(scratch, 0, Limbs);
            Array.Clear(reduced, 0, Limbs);
        }
    }
}
