// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    public class HkdfTests
    {
        public static TheoryData<string, string, string, string, int, string, string> Rfc5869Cases()
        {
            // RFC 5869 appendix A.1-A.3 (SHA-256): ikm, salt, info, backend, L, PRK, OKM.
            TheoryData<string, string, string, string, int, string, string> cases = new TheoryData<string, string, string, string, int, string, string>();
            foreach (string backend in new[] { "managed", "native" })
            {
                cases.Add(
                    TestData.ToHex(TestData.Repeat(0x0b, 22)), "000102030405060708090a0b0c", "f0f1f2f3f4f5f6f7f8f9", backend, 42,
                    "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
                    "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
                cases.Add(
                    TestData.ToHex(TestData.Sequence(0x00, 80)), TestData.ToHex(TestData.Sequence(0x60, 80)), TestData.ToHex(TestData.Sequence(0xb0, 80)), backend, 82,
                    "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
                    "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
                cases.Add(
                    TestData.ToHex(TestData.Repeat(0x0b, 22)), string.Empty, string.Empty, backend, 42,
                    "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
                    "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
            }

            return cases;
        }

        [Theory]
        [MemberData(nameof(Rfc5869Cases))]
        public void Rfc5869_AppendixA1ToA3_ExtractAndExpandGiveThePublishedPrkAndOkm(
            string ikmHex, string saltHex, string infoHex, string backend, int length, string prkHex, string okmHex)
        {
            ICryptoBackend crypto = Backends.Create(backend);
            byte[] ikm = TestData.Hex(ikmHex);
            byte[] salt = TestData.Hex(saltHex);
            byte[] info = TestData.Hex(infoHex);
            byte[] prk = new byte[32];
            Hkdf.Extract(crypto, salt, ikm, 0, ikm.Length, prk);
            Assert.Equal(prkHex, TestData.ToHex(prk));

            byte[] okm = new byte[length + 4];
            Hkdf.Expand(crypto, prk, info, 0, info.Length, okm, 4, length);
            Assert.Equal(okmHex, TestData.ToHex(okm, 4, length));

            Assert.Equal(okmHex, TestData.ToHex(Hkdf.DeriveKey(crypto, salt, ikm, info, length)));
        }

        [Fact]
        public void Rfc5869_A3_NullSaltAndNullInfoMeanEmpty()
        {
            byte[] okm = Hkdf.DeriveKey(new ManagedCryptoBackend(), null, TestData.Repeat(0x0b, 22), null, 42);
            Assert.Equal("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8", TestData.ToHex(okm));
        }

        [Fact]
        public void MatchesDotNetHkdfForSeededRandomInputsAndLengths()
        {
            Random random = new Random(5869);
            ICryptoBackend managed = new ManagedCryptoBackend();
            ICryptoBackend native = new NativeCryptoBackend();
            int[] lengths = { 1, 16, 31, 32, 33, 64, 65, 100, 255 * 32 };
            foreach (int length in lengths)
            {
                byte[] ikm = TestData.RandomBytes(random, random.Next(1, 80));
                byte[] salt = TestData.RandomBytes(random, random.Next(1, 80));
                byte[] info = TestData.RandomBytes(random, random.Next(0, 40));
                byte[] expected = BclCrypto.HKDF.DeriveKey(BclCrypto.HashAlgorithmName.SHA256, ikm, length, salt, info);
                Assert.Equal(expected, Hkdf.DeriveKey(managed, salt, ikm, info, length));
                Assert.Equal(expected, Hkdf.DeriveKey(native, salt, ikm, info, length));
            }
        }

        [Fact]
        public void ZeroLengthOutputIsEmptyAndTouchesNothing()
        {
            byte[] output = { 1, 2 };
            Hkdf.Expand(new ManagedCryptoBackend(), new byte[32], null, 0, 0, output, 2, 0);
            Assert.Equal(new byte[] { 1, 2 }, output);
            Assert.Empty(Hkdf.DeriveKey(new ManagedCryptoBackend(), null, new byte[1], null, 0));
        }

        [Fact]
        public void InfoTakenFromTheMiddleOfABufferMatchesACopiedInfo()
        {
            ICryptoBackend crypto = new ManagedCryptoBackend();
            byte[] prk = TestData.Sequence(1, 32);
            byte[] buffer = TestData.Ascii("xxdoorbell/cmd/v1yy");
            byte[] fromSlice = new byte[40];
            Hkdf.Expand(crypto, prk, buffer, 2, 15, fromSlice, 0, 40);
            byte[] info = TestData.Ascii("doorbell/cmd/v1");
            byte[] fromCopy = new byte[40];
            Hkdf.Expand(crypto, prk, info, 0, info.Length, fromCopy, 0, 40);
            Assert.Equal(fromCopy, fromSlice);
        }

        [Fact]
        public void LengthsBeyond255BlocksAndShortPrksAreRejected()
        {
            ICryptoBackend crypto = new ManagedCryptoBackend();
            byte[] prk = new byte[32];
            Assert.Throws<ArgumentOutOfRangeException>(() => Hkdf.Expand(crypto, prk, null, 0, 0, new byte[8161], 0, (255 * 32) + 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => Hkdf.Expand(crypto, prk, null, 0, 0, new byte[8], 0, -1));
            Assert.Throws<ArgumentException>(() => Hkdf.Expand(crypto, new byte[31], null, 0, 0, new byte[8], 0, 8));
            Assert.Throws<ArgumentOutOfRangeException>(() => Hkdf.Expand(crypto, prk, null, 0, 0, new byte[8], 1, 8));
        }
    }
}
