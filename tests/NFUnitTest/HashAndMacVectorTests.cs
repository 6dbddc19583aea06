// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Primitives;

namespace NFUnitTest
{
    /// <summary>SHA-256, HMAC-SHA-256 and HKDF standard vectors through the managed backend (nanoclr has no crypto natives).</summary>
    [TestClass]
    public class HashAndMacVectorTests
    {
        [TestMethod]
        public void Sha256_of_abc_matches_FIPS_180_4()
        {
            byte[] data = TestBytes.Ascii("abc");
            byte[] digest = new byte[Sha256.HashSize];
            Sha256.Hash(data, 0, data.Length, digest, 0);
            CollectionAssert.AreEqual(TestBytes.FromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), digest);
        }

        [TestMethod]
        public void Hmac_sha256_matches_RFC_4231_test_case_1()
        {
            byte[] data = TestBytes.Ascii("Hi There");
            byte[] mac = new byte[32];
            new ManagedCryptoBackend().HmacSha256(TestBytes.Repeat(0x0b, 20), data, 0, data.Length, mac, 0);
            CollectionAssert.AreEqual(TestBytes.FromHex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"), mac);
        }

        [TestMethod]
        public void Hmac_sha256_matches_RFC_4231_test_case_2()
        {
            byte[] data = TestBytes.Ascii("what do ya want for nothing?");
            byte[] mac = new byte[32];
            new ManagedCryptoBackend().HmacSha256(TestBytes.Ascii("Jefe"), data, 0, data.Length, mac, 0);
            CollectionAssert.AreEqual(TestBytes.FromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), mac);
        }

        [TestMethod]
        public void Hkdf_matches_RFC_5869_A_1()
        {
            ManagedCryptoBackend backend = new ManagedCryptoBackend();
            byte[] ikm = TestBytes.Repeat(0x0b, 22);
            byte[] salt = TestBytes.FromHex("000102030405060708090a0b0c");
            byte[] info = TestBytes.FromHex("f0f1f2f3f4f5f6f7f8f9");
            byte[] prk = new byte[32];
            Hkdf.Extract(backend, salt, ikm, 0, ikm.Length, prk);
            CollectionAssert.AreEqual(TestBytes.FromHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"), prk);

            byte[] okm = new byte[42];
            Hkdf.Expand(backend, prk, info, 0, info.Length, okm, 0, okm.Length);
            CollectionAssert.AreEqual(
                TestBytes.FromHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"), okm);
        }
    }
}
