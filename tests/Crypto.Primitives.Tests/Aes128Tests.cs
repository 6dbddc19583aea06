// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    public class Aes128Tests
    {
        [Fact]
        public void Fips197_AppendixC1_EncryptsToThePublishedCiphertext()
        {
            byte[] key = TestData.Hex("000102030405060708090a0b0c0d0e0f");
            byte[] plain = TestData.Hex("00112233445566778899aabbccddeeff");
            byte[] cipher = new byte[16];
            Aes128.EncryptBlock(key, plain, 0, cipher, 0);
            Assert.Equal("69c4e0d86a7b0430d8cdb78070b4c55a", TestData.ToHex(cipher));
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void Sp800_38A_F1_1_EcbBlocksMatchThroughEitherBackend(string backend)
        {
            // SP 800-38A F.1.1 ECB-AES128.Encrypt, blocks #1-#4.
            byte[] key = TestData.Hex("2b7e151628aed2a6abf7158809cf4f3c");
            string[] plain = { "6bc1bee22e409f96e93d7e117393172a", "ae2d8a571e03ac9c9eb76fac45af8e51", "30c81c46a35ce411e5fbc1191a0a52ef", "f69f2445df4f9b17ad2b417be66c3710" };
            string[] cipher = { "3ad77bb40d7a3660a89ecaf32466ef97", "f5d3d58503b9699de785895a96fdbaaf", "43b1cd7f598ece23881b00e3ed030688", "7b0c785e27e8ad3f8223207104725dd4" };
            ICryptoBackend crypto = Backends.Create(backend);
            for (int i = 0; i < plain.Length; i++)
            {
                byte[] block = TestData.Hex(plain[i]);
                crypto.EncryptBlock(key, block, 0, block, 0);
                Assert.Equal(cipher[i], TestData.ToHex(block));
            }
        }

        [Fact]
        public void ManagedNativeAndDotNetAgreeOnSeededRandomKeysAndBlocks()
        {
            Random random = new Random(197);
            ICryptoBackend managed = new ManagedCryptoBackend();
            ICryptoBackend native = new NativeCryptoBackend();
            using BclCrypto.Aes reference = BclCrypto.Aes.Create();
            byte[] key = null;
            for (int trial = 0; trial < 300; trial++)
            {
                // Two of three trials keep the key, so the managed backend's key cache is hit and missed.
                if (trial % 3 == 0)
                {
                    key = TestData.RandomBytes(random, 16);
                }

                byte[] plain = TestData.RandomBytes(random, 16);
                reference.Key = key;
                byte[] expected = reference.EncryptEcb(plain, BclCrypto.PaddingMode.None);
                int offset = trial % 5;
                byte[] input = TestData.Embed(random, plain, offset);
                byte[] fromManaged = new byte[16 + offset];
                byte[] fromNative = new byte[16 + offset];
                managed.EncryptBlock(key, input, offset, fromManaged, offset);
                native.EncryptBlock(key, input, offset, fromNative, offset);
                byte[] fromStatic = new byte[16];
                Aes128.EncryptBlock(key, input, offset, fromStatic, 0);
                Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromManaged, offset, 16));
                Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromNative, offset, 16));
                Assert.Equal(expected, fromStatic);
            }
        }

        [Fact]
        public void ManagedBackendNoticesAKeyChangedInPlace()
        {
            ManagedCryptoBackend backend = new ManagedCryptoBackend();
            byte[] key = TestData.Hex("000102030405060708090a0b0c0d0e0f");
            byte[] plain = TestData.Hex("00112233445566778899aabbccddeeff");
            byte[] first = new byte[16];
            backend.EncryptBlock(key, plain, 0, first, 0);
            key[15] ^= 1;
            byte[] second = new byte[16];
            backend.EncryptBlock(key, plain, 0, second, 0);
            byte[] expected = new byte[16];
            Aes128.EncryptBlock(key, plain, 0, expected, 0);
            Assert.Equal(expected, second);
            Assert.NotEqual(first, second);
        }

        [Fact]
        public void ManagedBackendStillEncryptsCorrectlyAfterItsKeyCacheIsCleared()
        {
            ManagedCryptoBackend backend = new ManagedCryptoBackend();
            byte[] key = TestData.Hex("000102030405060708090a0b0c0d0e0f");
            byte[] block = TestData.Hex("00112233445566778899aabbccddeeff");
            byte[] output = new byte[16];
            backend.EncryptBlock(key, block, 0, output, 0);
            backend.ClearCachedKeys();
            backend.EncryptBlock(key, block, 0, output, 0);
            Assert.Equal("69c4e0d86a7b0430d8cdb78070b4c55a", TestData.ToHex(output));

            // An all-zero key right after clearing must not be mistaken for the wiped cache.
            byte[] zeroKey = new byte[16];
            backend.ClearCachedKeys();
            backend.EncryptBlock(zeroKey, block, 0, output, 0);
            byte[] expected = new byte[16];
            Aes128.EncryptBlock(zeroKey, block, 0, expected, 0);
            Assert.Equal(expected, output);
        }

        [Fact]
        public void ExpandedKeyCanBeReplacedAndCleared()
        {
            Aes128Key expanded = new Aes128Key(new byte[16]);
            expanded.SetKey(TestData.Hex("ff000102030405060708090a0b0c0d0e0f"), 1);
            byte[] block = TestData.Hex("00112233445566778899aabbccddeeff");
            expanded.EncryptBlock(block, 0, block, 0);
            Assert.Equal("69c4e0d86a7b0430d8cdb78070b4c55a", TestData.ToHex(block));
            expanded.Clear();
            byte[] again = TestData.Hex("00112233445566778899aabbccddeeff");
            expanded.EncryptBlock(again, 0, again, 0);
            Assert.NotEqual("69c4e0d86a7b0430d8cdb78070b4c55a", TestData.ToHex(again));
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void KeysOfTheWrongLengthAreRejected(string backend)
        {
            ICryptoBackend crypto = Backends.Create(backend);
            Assert.Throws<ArgumentException>(() => crypto.EncryptBlock(new byte[15], new byte[16], 0, new byte[16], 0));
            Assert.Throws<ArgumentException>(() => crypto.EncryptBlock(new byte[32], new byte[16], 0, new byte[16], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => crypto.EncryptBlock(new byte[16], new byte[16], 1, new byte[16], 0));
        }
    }
}
