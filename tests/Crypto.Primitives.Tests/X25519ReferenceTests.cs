// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Numerics;
using Shared.Crypto.Primitives;
using Xunit;

namespace Crypto.Primitives.Tests
{
    /// <summary>
    /// The limb arithmetic against a plain BigInteger transcription of the RFC 7748 section 5 ladder, on seeded
    /// random and edge-case inputs: carries, the final reduction and non-canonical inputs all get exercised.
    /// </summary>
    public class X25519ReferenceTests
    {
        private static readonly BigInteger P = (BigInteger.One << 255) - 19;

        [Fact]
        public void LimbLadderMatchesBigIntegerLadderOnSeededRandomInputs()
        {
            Random random = new Random(25519);
            for (int trial = 0; trial < 40; trial++)
            {
                byte[] scalar = TestData.RandomBytes(random, 32);
                byte[] u = TestData.RandomBytes(random, 32);
                AssertMatchesReference(scalar, u);
            }
        }

        [Theory]
        [InlineData("0900000000000000000000000000000000000000000000000000000000000000")]
        [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")] // 2^256 - 1: masked, then >= p
        [InlineData("ebffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p - 2
        [InlineData("efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p + 2
        [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // 2^255 - 1
        [InlineData("0000000000000000000000000000000000000000000000000000000000000040")] // 2^254
        [InlineData("0200000000000000000000000000000000000000000000000000000000000000")]
        public void LimbLadderMatchesBigIntegerLadderOnEdgeCoordinates(string uHex)
        {
            Random random = new Random(9);
            for (int trial = 0; trial < 4; trial++)
            {
                AssertMatchesReference(TestData.RandomBytes(random, 32), TestData.Hex(uHex));
            }
        }

        private static void AssertMatchesReference(byte[] scalar, byte[] u)
        {
            byte[] output = new byte[32];
            X25519.ScalarMult(scalar, u, output);
            Assert.Equal(TestData.ToHex(Reference(scalar, u)), TestData.ToHex(output));
        }

        private static byte[] Reference(byte[] scalar, byte[] uBytes)
        {
            byte[] k = (byte[])scalar.Clone();
            k[0] &= 248;
            k[31] &= 127;
            k[31] |= 64;
            byte[] masked = (byte[])uBytes.Clone();
            masked[31] &= 127;
            BigInteger x1 = new BigInteger(masked, isUnsigned: true, isBigEndian: false) % P;
            BigInteger x2 = 1, z2 = 0, x3 = x1, z3 = 1;
            int swap = 0;
            for (int t = 254; t >= 0; t--)
            {
                int bit = (k[t >> 3] >> (t & 7)) & 1;
                if ((swap ^ bit) == 1)
                {
                    (x2, x3) = (x3, x2);
                    (z2, z3) = (z3, z2);
                }

                swap = bit;
                BigInteger a = (x2 + z2) % P, aa = a * a % P, b = Mod(x2 - z2), bb = b * b % P, e = Mod(aa - bb);
                BigInteger c = (x3 + z3) % P, d = Mod(x3 - z3), da = d * a % P, cb = c * b % P;
                x3 = BigInteger.Pow(da + cb, 2) % P;
                z3 = x1 * BigInteger.Pow(Mod(da - cb), 2) % P;
                x2 = aa * bb % P;
                z2 = e * ((aa + (121665 * e)) % P) % P;
            }

            if (swap == 1)
            {
                (x2, x3) = (x3, x2);
                (z2, z3) = (z3, z2);
            }

            BigInteger result = x2 * BigInteger.ModPow(z2, P - 2, P) % P;
            byte[] bytes = new byte[32];
            result.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
            return bytes;
        }

        private static BigInteger Mod(BigInteger value)
        {
            BigInteger r = value % P;
            return r.Sign < 0 ? r + P : r;
        }
    }
}
