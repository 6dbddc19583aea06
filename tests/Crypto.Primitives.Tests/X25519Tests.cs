// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Xunit;

namespace Crypto.Primitives.Tests
{
    public class X25519Tests
    {
        private const string AlicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
        private const string AlicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
        private const string BobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
        private const string BobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
        private const string Shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

        [Theory]
        [InlineData(
            "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
            "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
            "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552")]
        [InlineData(
            "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
            "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
            "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957")]
        public void Rfc7748_Section5_2_ScalarMultVectorsGiveThePublishedOutputs(string scalar, string u, string expected)
        {
            // The second vector's u has its top bit set: it must be masked, not rejected.
            byte[] scalarBytes = TestData.Hex(scalar);
            byte[] uBytes = TestData.Hex(u);
            byte[] output = new byte[32];
            X25519.ScalarMult(scalarBytes, uBytes, output);
            Assert.Equal(expected, TestData.ToHex(output));
            Assert.Equal(scalar, TestData.ToHex(scalarBytes));
            Assert.Equal(u, TestData.ToHex(uBytes));
        }

        [Fact]
        public void Rfc7748_Section5_2_IteratedVectorAfter1And1000Iterations()
        {
            byte[] k = new byte[32];
            byte[] u = new byte[32];
            k[0] = 9;
            u[0] = 9;
            byte[] next = new byte[32];
            for (int i = 1; i <= 1000; i++)
            {
                X25519.ScalarMult(k, u, next);
                Array.Copy(k, u, 32);
                Array.Copy(next, k, 32);
                if (i == 1)
                {
                    Assert.Equal("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079", TestData.ToHex(k));
                }
            }

            Assert.Equal("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51", TestData.ToHex(k));
        }

        [Fact]
        public void Rfc7748_Section6_1_AliceAndBobDeriveThePublishedKeysAndSharedSecret()
        {
            byte[] alicePublic = new byte[32];
            byte[] bobPublic = new byte[32];
            X25519.PublicKeyFromPrivate(TestData.Hex(AlicePrivate), alicePublic);
            X25519.PublicKeyFromPrivate(TestData.Hex(BobPrivate), bobPublic);
            Assert.Equal(AlicePublic, TestData.ToHex(alicePublic));
            Assert.Equal(BobPublic, TestData.ToHex(bobPublic));

            byte[] aliceShared = new byte[32];
            byte[] bobShared = new byte[32];
            Assert.True(X25519.SharedSecret(TestData.Hex(AlicePrivate), bobPublic, aliceShared));
            Assert.True(X25519.SharedSecret(TestData.Hex(BobPrivate), alicePublic, bobShared));
            Assert.Equal(Shared, TestData.ToHex(aliceShared));
            Assert.Equal(Shared, TestData.ToHex(bobShared));
        }

        [Fact]
        public void SeededRandomKeyPairsAgreeOnTheSharedSecret()
        {
            Random random = new Random(7748);
            for (int trial = 0; trial < 20; trial++)
            {
                byte[] a = TestData.RandomBytes(random, 32);
                byte[] b = TestData.RandomBytes(random, 32);
                byte[] aPublic = new byte[32];
                byte[] bPublic = new byte[32];
                X25519.PublicKeyFromPrivate(a, aPublic);
                X25519.PublicKeyFromPrivate(b, bPublic);
                byte[] s1 = new byte[32];
                byte[] s2 = new byte[32];
                Assert.True(X25519.SharedSecret(a, bPublic, s1));
                Assert.True(X25519.SharedSecret(b, aPublic, s2));
                Assert.Equal(s1, s2);
            }
        }

        [Theory]
        [InlineData("0000000000000000000000000000000000000000000000000000000000000000")] // 0
        [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // 1
        [InlineData("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")] // order 8
        [InlineData("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157")] // order 8
        [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p - 1, order 2
        [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p, same as 0
        [InlineData("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p + 1, same as 1
        [InlineData("0000000000000000000000000000000000000000000000000000000000000080")] // 0 with the top bit set
        public void LowOrderPeerKeysGiveFalseAndAZeroSecret(string peer)
        {
            Random random = new Random(8);
            for (int trial = 0; trial < 3; trial++)
            {
                byte[] output = TestData.Repeat(0x55, 32);
                Assert.False(X25519.SharedSecret(TestData.RandomBytes(random, 32), TestData.Hex(peer), output));
                Assert.Equal(new byte[32], output);
            }
        }

        [Fact]
        public void NonCanonicalUCoordinateIsReducedModuloP()
        {
            // u = p + 9 must act exactly like the base point 9 (RFC 7748 section 5: accept non-canonical values).
            byte[] scalar = TestData.Hex(AlicePrivate);
            byte[] pPlus9 = TestData.Hex("f6ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
            byte[] output = new byte[32];
            X25519.ScalarMult(scalar, pPlus9, output);
            Assert.Equal(AlicePublic, TestData.ToHex(output));
        }

        [Fact]
        public void OutputMayAliasTheInputs()
        {
            byte[] buffer = TestData.Hex(AlicePrivate);
            byte[] basePoint = new byte[32];
            basePoint[0] = 9;
            X25519.ScalarMult(buffer, basePoint, buffer);
            Assert.Equal(AlicePublic, TestData.ToHex(buffer));
        }

        [Fact]
        public void WrongLengthsAreRejected()
        {
            Assert.Throws<ArgumentException>(() => X25519.ScalarMult(new byte[31], new byte[32], new byte[32]));
            Assert.Throws<ArgumentException>(() => X25519.ScalarMult(new byte[32], new byte[33], new byte[32]));
            Assert.Throws<ArgumentNullException>(() => X25519.SharedSecret(new byte[32], null, new byte[32]));
        }
    }
}
