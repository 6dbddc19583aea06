// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// X25519 Diffie-Hellman (RFC 7748), managed: a Montgomery ladder with constant-time swaps over
    /// <see cref="Field25519"/>. Used once per pairing: DESIGN.md budgets 1-2 s on an ESP32 (not measured here).
    /// Each call allocates about 1.8 KB (field scratch and a scalar copy), wiped before returning.
    /// </summary>
    public static class X25519
    {
        /// <summary>The length of scalars, u-coordinates and shared secrets in bytes.</summary>
        public const int KeySize = 32;

        // (A - 2) / 4 for Curve25519's A = 486662 (RFC 7748 section 5).
        private const int A24 = 121665;

        // The standard base point u = 9 (RFC 7748 section 4.1).
        private const byte BasePointU = 9;

        /// <summary>
        /// Computes X25519(k, u): the clamped scalar times the point with u-coordinate u (RFC 7748 section 5).
        /// Neither input is modified; output may be the same array as either input.
        /// </summary>
        /// <param name="scalar32">The 32-byte scalar (clamped internally).</param>
        /// <param name="uCoordinate32">The 32-byte little-endian u-coordinate (top bit ignored).</param>
        /// <param name="output32">Receives the 32-byte result.</param>
        public static void ScalarMult(byte[] scalar32, byte[] uCoordinate32, byte[] output32)
        {
            Guard.Length(scalar32, KeySize, "scalar32");
            Guard.Length(uCoordinate32, KeySize, "uCoordinate32");
            Guard.Length(output32, KeySize, "output32");

            byte[] k = new byte[KeySize];
            Array.Copy(scalar32, 0, k, 0, KeySize);
            k[0] &= 248;
            k[31] &= 127;
            k[31] |= 64;

            int n = Field25519.Limbs;
            long[] x1 = new long[n];
            long[] x2 = new long[n];
            long[] z2 = new long[n];
            long[] x3 = new long[n];
            long[] z3 = new long[n];
            long[] a = new long[n];
            long[] aa = new long[n];
            long[] b = new long[n];
            long[] bb = new long[n];
            long[] e = new long[n];
            long[] c = new long[n];
            long[] d = new long[n];
            long[] t = new long[n];
            try
            {
                Field25519.Unpack(x1, uCoordinate32);
                Field25519.SetSmall(x2, 1);
                Field25519.SetSmall(z2, 0);
                Field25519.Set(x3, x1);
                Field25519.SetSmall(z3, 1);

                int swap = 0;
                for (int bit = 254; bit >= 0; bit--)
                {
                    int kBit = (k[bit >> 3] >> (bit & 7)) & 1;
                    swap ^= kBit;
                    Field25519.ConditionalSwap(x2, x3, swap);
                    Field25519.ConditionalSwap(z2, z3, swap);
                    swap = kBit;

                    // RFC 7748 section 5 ladder step (differential addition and doubling).
                    Field25519.Add(a, x2, z2);
                    Field25519.Square(aa, a);
                    Field25519.Subtract(b, x2, z2);
                    Field25519.Square(bb, b);
                    Field25519.Subtract(e, aa, bb);
                    Field25519.Add(c, x3, z3);
                    Field25519.Subtract(d, x3, z3);
                    Field25519.Multiply(d, d, a); // DA
                    Field25519.Multiply(c, c, b); // CB
                    Field25519.Add(t, d, c);
                    Field25519.Square(x3, t); // (DA + CB)^2
                    Field25519.Subtract(t, d, c);
                    Field25519.Square(t, t);
                    Field25519.Multiply(z3, x1, t); // x1 * (DA - CB)^2
                    Field25519.Multiply(x2, aa, bb); // AA * BB
                    Field25519.MultiplySmall(t, e, A24);
                    Field25519.Add(t, t, aa);
                    Field25519.Multiply(z2, e, t); // E * (AA + a24 * E)
                }

                Field25519.ConditionalSwap(x2, x3, swap);
                Field25519.ConditionalSwap(z2, z3, swap);

                // Zero z2 (a low-order input) inverts to zero, so the result is all-zero, as RFC 7748 expects.
                Field25519.Invert(z2, z2);
                Field25519.Multiply(x2, x2, z2);
                Field25519.Pack(output32, x2, a);
            }
            finally
            {
                SecureBuffer.Clear(k);
                long[][] scratch = { x1, x2, z2, x3, z3, a, aa, b, bb, e, c, d, t };
                for (int i = 0; i < scratch.Length; i++)
                {
                    Array.Clear(scratch[i], 0, Field25519.Limbs);
                }
            }
        }

        /// <summary>
        /// Computes the public key X25519(privateKey, 9) (RFC 7748 section 6.1).
        /// </summary>
        /// <param name="privateKey32">The 32 random bytes of the private key.</param>
        /// <param name="publicKey32">Receives the public key.</param>
        public static void PublicKeyFromPrivate(byte[] privateKey32, byte[] publicKey32)
        {
            byte[] basePoint = new byte[KeySize];
            basePoint[0] = BasePointU;
            ScalarMult(privateKey32, basePoint, publicKey32);
        }

        /// <summary>
        /// Computes the Diffie-Hellman shared secret and rejects the all-zero result that a low-order peer key
        /// produces (RFC 7748 section 6.1), which would otherwise let an attacker force a known secret.
        /// </summary>
        /// <param name="privateKey32">Our private key.</param>
        /// <param name="peerPublic32">The peer's public key.</param>
        /// <param name="output32">Receives the shared secret; zeroed when the result is rejected.</param>
        /// <returns><c>false</c> when the shared secret is all zero (low-order or invalid peer key).</returns>
        public static bool SharedSecret(byte[] privateKey32, byte[] peerPublic32, byte[] output32)
        {
            ScalarMult(privateKey32, peerPublic32, output32);
            if (ConstantTime.IsZero(output32, 0, KeySize))
            {
                return false;
            }

            return true;
        }
    }
}
