// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    public class AesCtrTests
    {
        private const string Key = "2b7e151628aed2a6abf7158809cf4f3c";
        private const string Counter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
        private const string Plain =
            "6bc1bee22e409f96e93d7e117393172a" + "ae2d8a571e03ac9c9eb76fac45af8e51" +
            "30c81c46a35ce411e5fbc1191a0a52ef" + "f69f2445df4f9b17ad2b417be66c3710";
        private const string Cipher =
            "874d6191b620e3261bef6864990db6ce" + "9806f66b7970fdff8617187bb9fffdff" +
            "5ae4df3edbd5d35e5b4f09020db03eab" + "1e031dda2fbe03d1792170a0f3009cee";

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void Sp800_38A_F5_1_CtrAes128EncryptGivesThePublishedCiphertext(string backend)
        {
            byte[] plain = TestData.Hex(Plain);
            byte[] output = new byte[plain.Length];
            AesCtr.Transform(Backends.Create(backend), TestData.Hex(Key), TestData.Hex(Counter), plain, 0, plain.Length, output, 0);
            Assert.Equal(Cipher, TestData.ToHex(output));
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void Sp800_38A_F5_2_CtrAes128DecryptGivesThePublishedPlaintextInPlace(string backend)
        {
            byte[] buffer = TestData.Hex(Cipher);
            byte[] counter = TestData.Hex(Counter);
            AesCtr.Transform(Backends.Create(backend), TestData.Hex(Key), counter, buffer, 0, buffer.Length, buffer, 0);
            Assert.Equal(Plain, TestData.ToHex(buffer));
            Assert.Equal(Counter, TestData.ToHex(counter));
        }

        [Fact]
        public void PartialLengthsAndOffsetsMatchACounterModeBuiltFromDotNetEcb()
        {
            Random random = new Random(3800);
            ICryptoBackend managed = new ManagedCryptoBackend();
            ICryptoBackend native = new NativeCryptoBackend();
            foreach (int length in TestData.Lengths)
            {
                byte[] key = TestData.RandomBytes(random, 16);
                byte[] counter = TestData.RandomBytes(random, 16);
                byte[] plain = TestData.RandomBytes(random, length);
                byte[] expected = ReferenceCtr(key, counter, plain);
                int offset = random.Next(0, 7);
                byte[] input = TestData.Embed(random, plain, offset);
                byte[] fromManaged = new byte[length + 3];
                byte[] fromNative = new byte[length + 3];
                AesCtr.Transform(managed, key, counter, input, offset, length, fromManaged, 3);
                AesCtr.Transform(native, key, counter, input, offset, length, fromNative, 3);
                Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromManaged, 3, length));
                Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromNative, 3, length));
            }
        }

        [Theory]
        [InlineData("000000000000000000000000fffffffe", "000000000000000000000001 00000000", 2)]
        [InlineData("0000000000000000fffffffffffffffe", "0000000000000001 0000000000000000", 2)]
        [InlineData("fffffffffffffffffffffffffffffffe", "00000000000000000000000000000000", 2)]
        public void CounterCarriesAcross2To32And2To64And2To128Boundaries(string start, string expected, int steps)
        {
            byte[] counter = TestData.Hex(start);
            for (int i = 0; i < steps; i++)
            {
                AesCtr.Increment(counter);
            }

            Assert.Equal(TestData.ToHex(TestData.Hex(expected)), TestData.ToHex(counter));
        }

        [Theory]
        [InlineData("000000000000000000000000fffffffe")]
        [InlineData("0000000000000000fffffffffffffffe")]
        [InlineData("ffffffffffffffffffffffffffffffff")]
        public void KeyStreamAcrossACounterCarryMatchesDotNet(string start)
        {
            byte[] key = TestData.Hex(Key);
            byte[] counter = TestData.Hex(start);
            byte[] plain = new byte[80];
            byte[] expected = ReferenceCtr(key, counter, plain);
            byte[] output = new byte[80];
            AesCtr.Transform(new ManagedCryptoBackend(), key, counter, plain, 0, plain.Length, output, 0);
            Assert.Equal(expected, output);

            // Block 3 is the one encrypted after the carry: it must not repeat any earlier key-stream block.
            Assert.NotEqual(TestData.ToHex(output, 0, 16), TestData.ToHex(output, 32, 16));
        }

        [Fact]
        public void EncryptingTwiceWithTheSameCounterRestoresThePlaintext()
        {
            Random random = new Random(5);
            byte[] key = TestData.RandomBytes(random, 16);
            byte[] counter = TestData.RandomBytes(random, 16);
            byte[] plain = TestData.RandomBytes(random, 61);
            byte[] buffer = (byte[])plain.Clone();
            ICryptoBackend crypto = new ManagedCryptoBackend();
            AesCtr.Transform(crypto, key, counter, buffer, 0, buffer.Length, buffer, 0);
            Assert.NotEqual(plain, buffer);
            AesCtr.Transform(crypto, key, counter, buffer, 0, buffer.Length, buffer, 0);
            Assert.Equal(plain, buffer);
        }

        [Fact]
        public void FlippingACiphertextBitFlipsExactlyThatPlaintextBit()
        {
            // CTR alone is malleable: this is why every message is MACed after encryption (encrypt-then-MAC).
            byte[] cipher = TestData.Hex(Cipher);
            cipher[20] ^= 0x04;
            byte[] plain = new byte[cipher.Length];
            AesCtr.Transform(new ManagedCryptoBackend(), TestData.Hex(Key), TestData.Hex(Counter), cipher, 0, cipher.Length, plain, 0);
            byte[] expected = TestData.Hex(Plain);
            expected[20] ^= 0x04;
            Assert.Equal(expected, plain);
        }

        [Fact]
        public void ZeroLengthWritesNothing()
        {
            byte[] output = { 1, 2, 3 };
            AesCtr.Transform(new ManagedCryptoBackend(), new byte[16], new byte[16], new byte[0], 0, 0, output, 3);
            Assert.Equal(new byte[] { 1, 2, 3 }, output);
        }

        [Fact]
        public void BadArgumentsAreRejected()
        {
            ICryptoBackend crypto = new ManagedCryptoBackend();
            Assert.Throws<ArgumentException>(() => AesCtr.Transform(crypto, new byte[16], new byte[15], new byte[4], 0, 4, new byte[4], 0));
            Assert.Throws<ArgumentException>(() => AesCtr.Transform(crypto, new byte[24], new byte[16], new byte[4], 0, 4, new byte[4], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => AesCtr.Transform(crypto, new byte[16], new byte[16], new byte[4], 0, 5, new byte[8], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => AesCtr.Transform(crypto, new byte[16], new byte[16], new byte[8], 0, 5, new byte[4], 0));
            Assert.Throws<ArgumentNullException>(() => AesCtr.Transform(null, new byte[16], new byte[16], new byte[4], 0, 4, new byte[4], 0));
        }

        /// <summary>CTR written independently with .NET's ECB and BigInteger-free byte arithmetic.</summary>
        private static byte[] ReferenceCtr(byte[] key, byte[] initialCounter, byte[] plain)
        {
            using BclCrypto.Aes aes = BclCrypto.Aes.Create();
            aes.Key = key;
            int blocks = (plain.Length + 15) / 16;
            byte[] counterBlocks = new byte[blocks * 16];
            UInt128 counter = ReadBigEndian(initialCounter);
            for (int i = 0; i < blocks; i++)
            {
                WriteBigEndian(unchecked(counter + (UInt128)(ulong)i), counterBlocks, i * 16);
            }

            byte[] keyStream = aes.EncryptEcb(counterBlocks, BclCrypto.PaddingMode.None);
            byte[] result = new byte[plain.Length];
            for (int i = 0; i < plain.Length; i++)
            {
                result[i] = (byte)(plain[i] ^ keyStream[i]);
            }

            return result;
        }

        private static UInt128 ReadBigEndian(byte[] bytes)
        {
            UInt128 value = 0;
            for (int i = 0; i < 16; i++)
            {
                value = (value << 8) | bytes[i];
            }

            return value;
        }

        private static void WriteBigEndian(UInt128 value, byte[] buffer, int offset)
        {
            for (int i = 15; i >= 0; i--)
            {
                buffer[offset + i] = (byte)value;
                value >>= 8;
            }
        }
    }
}
