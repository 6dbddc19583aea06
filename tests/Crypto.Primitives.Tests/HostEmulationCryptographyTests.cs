// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Security.Cryptography;
using Xunit;

namespace Crypto.Primitives.Tests
{
    /// <summary>The nanoFramework-shaped crypto types of the host emulation behave like the device's.</summary>
    public class HostEmulationCryptographyTests
    {
        private static readonly byte[] Key = TestData.Hex("2b7e151628aed2a6abf7158809cf4f3c");

        [Fact]
        public void AesEcbEncryptsAndDecryptsSp800_38A_F1_1Blocks()
        {
            Aes aes = new Aes(CipherMode.ECB);
            aes.Key = Key;
            byte[] plain = TestData.Hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
            byte[] cipher = aes.Encrypt(plain);
            Assert.Equal("3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf", TestData.ToHex(cipher));
            Assert.Equal(plain, aes.Decrypt(cipher));
        }

        [Fact]
        public void AesThrowsWhatTheDeviceThrows()
        {
            Aes noKey = new Aes(CipherMode.ECB);
            Assert.Throws<InvalidOperationException>(() => noKey.Encrypt(new byte[16]));

            Aes shortKey = new Aes(CipherMode.ECB);
            shortKey.Key = new byte[] { 1, 2, 3, 4, 5 };
            Assert.Throws<ArgumentException>(() => shortKey.Encrypt(new byte[16]));

            Aes aes128Only = new Aes(CipherMode.ECB);
            aes128Only.Key = new byte[32];
            Assert.Throws<ArgumentException>(() => aes128Only.Encrypt(new byte[16]));

            Aes aes = new Aes(CipherMode.ECB);
            aes.Key = Key;
            Assert.Throws<ArgumentException>(() => aes.Encrypt(new byte[5]));
            Assert.Throws<ArgumentException>(() => aes.Decrypt(new byte[17]));

            Aes noMode = new Aes(CipherMode.None);
            noMode.Key = Key;
            Assert.Throws<NotSupportedException>(() => noMode.Encrypt(new byte[16]));
        }

        [Fact]
        public void AesIvSharesTheKeyFieldAsUpstreamDoes()
        {
            // The reason the firmware never uses CBC: setting IV replaces the key.
            Aes aes = new Aes(CipherMode.ECB);
            aes.Key = Key;
            aes.IV = new byte[16];
            Assert.Equal(new byte[16], aes.Key);
        }

        [Fact]
        public void HmacSha256InstanceAndStaticMatchDotNetAndDisposeWipesTheKey()
        {
            byte[] key = TestData.Ascii("Jefe");
            byte[] data = TestData.Ascii("what do ya want for nothing?");
            HMACSHA256 hmac = new HMACSHA256(key);
            byte[] tag = hmac.ComputeHash(data);
            Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", TestData.ToHex(tag));
            Assert.Equal(tag, hmac.Hash);
            Assert.Equal(tag, HMACSHA256.HashData(key, data));
            hmac.Dispose();
            Assert.Equal(new byte[4], key);
            Assert.Throws<ObjectDisposedException>(() => hmac.ComputeHash(data));
        }

        [Fact]
        public void HmacKeyPropertyCopiesAndNullArgumentsThrow()
        {
            HMACSHA256 hmac = new HMACSHA256(new byte[] { 1 });
            byte[] newKey = { 7, 8 };
            hmac.Key = newKey;
            newKey[0] = 0;
            Assert.Equal(new byte[] { 7, 8 }, hmac.Key);
            Assert.Throws<ArgumentNullException>(() => new HMACSHA256(null));
            Assert.Throws<ArgumentNullException>(() => HMACSHA256.HashData(null, new byte[1]));
            Assert.Equal(64, new HMACSHA256().Key.Length);
        }
    }
}
