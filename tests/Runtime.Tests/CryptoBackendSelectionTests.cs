// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using nanoFramework.HostEmulation.Cryptography;
using Runtime.Tests.Support;
using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// DeviceBoot probes the native crypto once and falls back to the managed backend where the natives are missing
    /// (the nanoCLR virtual device), instead of failing every command later.
    /// </summary>
    public class CryptoBackendSelectionTests
    {
        private static readonly byte[] Key = Convert.FromHexString("4a656665");
        private static readonly byte[] Message = System.Text.Encoding.ASCII.GetBytes("what do ya want for nothing?");

        // RFC 4231 test case 2.
        private static readonly byte[] Rfc4231Case2 = Convert.FromHexString("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

        private static DevicePlatform Boot(ListLog log)
        {
            DeviceConfig config = new DeviceConfig { BrokerHost = "127.0.0.1", DeviceName = "probe", DeviceKind = "garage" };
            return DeviceBoot.CreatePlatform(config, new MemoryStorageMedium(), new SeededRandom(1), new FakeClock(), log);
        }

        private static byte[] Hmac(ICryptoBackend backend)
        {
            byte[] mac = new byte[32];
            backend.HmacSha256(Key, Message, 0, Message.Length, mac, 0);
            return mac;
        }

        [Fact]
        public void With_the_natives_present_boot_uses_the_native_backend_and_says_so()
        {
            ListLog log = new ListLog();
            DevicePlatform platform = Boot(log);
            Assert.IsType<NativeCryptoBackend>(platform.Crypto);
            Assert.Contains(log.Lines, l => l.Contains("native HMACSHA256 and Aes passed"));
            Assert.Equal(Rfc4231Case2, Hmac(platform.Crypto));
        }

        [Fact]
        public void With_the_natives_missing_boot_falls_back_to_the_managed_backend_which_works()
        {
            ListLog log = new ListLog();
            CryptoNatives.Missing = true;
            try
            {
                DevicePlatform platform = Boot(log);
                Assert.IsType<ManagedCryptoBackend>(platform.Crypto);
                Assert.Contains(log.Lines, l => l.Contains("NotImplementedException") && l.Contains("managed backend"));

                // Every command afterwards works: the natives are still missing, the chosen backend never calls them.
                Assert.Equal(Rfc4231Case2, Hmac(platform.Crypto));
                Assert.Throws<NotImplementedException>(() => new NativeCryptoBackend());
            }
            finally
            {
                CryptoNatives.Missing = false;
            }
        }

        [Fact]
        public void A_native_backend_that_fails_only_when_used_is_replaced()
        {
            ListLog log = new ListLog();
            ICryptoBackend chosen = CryptoBackendSelector.Select(() => new ThrowingBackend(), log);
            Assert.IsType<ManagedCryptoBackend>(chosen);
            Assert.Single(log.Lines);
            Assert.Contains("NotSupportedException", log.Lines[0]);
        }

        [Fact]
        public void A_native_backend_with_a_wrong_answer_is_replaced()
        {
            ListLog log = new ListLog();
            ICryptoBackend chosen = CryptoBackendSelector.Select(() => new WrongBackend(), log);
            Assert.IsType<ManagedCryptoBackend>(chosen);
            Assert.Contains("wrong known answer", log.Lines.Single());
        }

        [Fact]
        public void No_factory_or_a_factory_returning_null_gives_the_managed_backend()
        {
            Assert.IsType<ManagedCryptoBackend>(CryptoBackendSelector.Select(null, null));
            Assert.IsType<ManagedCryptoBackend>(CryptoBackendSelector.Select(() => null, new ListLog()));
        }

        private sealed class ThrowingBackend : ICryptoBackend
        {
            public void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset) =>
                throw new NotSupportedException("no native HMAC");

            public void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset) =>
                throw new NotSupportedException("no native AES");
        }

        private sealed class WrongBackend : ICryptoBackend
        {
            private readonly ManagedCryptoBackend _inner = new ManagedCryptoBackend();

            public void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] output, int outputOffset) =>
                _inner.HmacSha256(key, data, offset, count, output, outputOffset);

            public void EncryptBlock(byte[] key, byte[] input, int inputOffset, byte[] output, int outputOffset)
            {
                _inner.EncryptBlock(key, input, inputOffset, output, outputOffset);
                output[outputOffset] ^= 1;
            }
        }
    }
}
