// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Primitives;

namespace NFUnitTest
{
    /// <summary>AES-128, AES-CTR and X25519 standard vectors through the managed code.</summary>
    [TestClass]
    public class CipherVectorTests
    {
        [TestMethod]
        public void Aes128_block_matches_FIPS_197_C_1()
        {
            byte[] output = new byte[16];
            new ManagedCryptoBackend().EncryptBlock(
                TestBytes.FromHex("000102030405060708090a0b0c0d0e0f"), TestBytes.FromHex("00112233445566778899aabbccddeeff"), 0, output, 0);
            CollectionAssert.AreEqual(TestBytes.FromHex("69c4e0d86a7b0430d8cdb78070b4c55a"), output);
        }

        [TestMethod]
        public void Aes_ctr_first_block_matches_SP_800_38A_F_5_1()
        {
            byte[] plain = TestBytes.FromHex("6bc1bee22e409f96e93d7e117393172a");
            byte[] output = new byte[16];
            AesCtr.Transform(
                new ManagedCryptoBackend(),
                TestBytes.FromHex("2b7e151628aed2a6abf7158809cf4f3c"),
                TestBytes.FromHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"),
                plain,
                0,
                plain.Length,
                output,
                0);
            CollectionAssert.AreEqual(TestBytes.FromHex("874d6191b620e3261bef6864990db6ce"), output);
        }

        [TestMethod]
        public void X25519_matches_RFC_7748_section_5_2_first_vector()
        {
            byte[] output = new byte[X25519.KeySize];
            X25519.ScalarMult(
                TestBytes.FromHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
                TestBytes.FromHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"),
                output);
            CollectionAssert.AreEqual(TestBytes.FromHex("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"), output);
        }
    }
}
