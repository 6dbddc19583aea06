// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.TestFramework;
using Shared.Crypto.Primitives;
using Shared.Runtime.Device;

namespace NFUnitTest
{
    /// <summary>
    /// The boot-time choice of crypto backend. On the ESP32 the natives pass the probe; on nanoCLR (no crypto
    /// natives) the managed backend is chosen: either way the chosen backend must give the RFC 4231 answers.
    /// </summary>
    [TestClass]
    public class CryptoBackendSelectionTests
    {
        private static ICryptoBackend Missing()
        {
            throw new NotImplementedException("no crypto natives");
        }

        private static ICryptoBackend Broken()
        {
            return new BrokenBackend();
        }

        private static byte[] Rfc4231Case2(ICryptoBackend backend)
        {
            byte[] data = TestBytes.Ascii("what do ya want for nothing?");
            byte[] mac = new byte[32];
            backend.HmacSha256(TestBytes.Ascii("Jefe"), data, 0, data.Length, mac, 0);
            return mac;
        }

        [TestMethod]
        public void Missing_natives_select_the_managed_backend_and_log_why()
        {
            ListLog log = new ListLog();
            ICryptoBackend chosen = CryptoBackendSelector.Select(Missing, log);
            Assert.IsTrue(chosen is ManagedCryptoBackend);
            Assert.AreEqual(1, log.Count);
            Assert.IsTrue(log.Line(0).IndexOf("managed") >= 0, log.Line(0));
            CollectionAssert.AreEqual(TestBytes.FromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), Rfc4231Case2(chosen));
        }

        [TestMethod]
        public void A_native_backend_that_throws_when_used_is_replaced_by_the_managed_one()
        {
            ListLog log = new ListLog();
            Assert.IsTrue(CryptoBackendSelector.Select(Broken, log) is ManagedCryptoBackend);
            Assert.IsTrue(log.Line(0).IndexOf("NotSupportedException") >= 0, log.Line(0));
        }

        [TestMethod]
        public void Whatever_this_platform_has_the_boot_choice_computes_RFC_4231()
        {
            ListLog log = new ListLog();
            ICryptoBackend chosen = CryptoBackendSelector.Select(CryptoBackendSelector.CreateNative, log);
            Assert.IsNotNull(chosen);
            Assert.AreEqual(1, log.Count);
            CollectionAssert.AreEqual(TestBytes.FromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), Rfc4231Case2(chosen));
            byte[] block = new byte[16];
            chosen.EncryptBlock(TestBytes.FromHex("000102030405060708090a0b0c0d0e0f"), TestBytes.FromHex("00112233445566778899aabbccddeeff"), 0, block, 0);
            CollectionAssert.AreEqual(TestBytes.FromHex("69c4e0d86a7b0430d8cdb78070b4c55a"), block);
        }

        /// <summary>Constructs fine, fails on first use (a native stub that only throws when called).</summary>
        private sealed class BrokenBackend : ICryptoBackend
        {
            public void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset)
            {
                throw new NotSupportedException();
            }

            public void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset)
            {
                throw new NotSupportedException();
            }
        }
    }
}
