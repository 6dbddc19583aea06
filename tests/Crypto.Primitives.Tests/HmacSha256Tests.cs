// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    public class HmacSha256Tests
    {
        private const string LongKeyData =
            "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.";

        public static TheoryData<string, string, string, string> Rfc4231Cases()
        {
            // RFC 4231 section 4: test cases 1-7 (key hex, data hex, HMAC-SHA-256 hex, backend).
            TheoryData<string, string, string, string> cases = new TheoryData<string, string, string, string>();
            foreach (string backend in new[] { "managed", "native" })
            {
                cases.Add(TestData.ToHex(TestData.Repeat(0x0b, 20)), TestData.ToHex(TestData.Ascii("Hi There")), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", backend);
                cases.Add(TestData.ToHex(TestData.Ascii("Jefe")), TestData.ToHex(TestData.Ascii("what do ya want for nothing?")), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", backend);
                cases.Add(TestData.ToHex(TestData.Repeat(0xaa, 20)), TestData.ToHex(TestData.Repeat(0xdd, 50)), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", backend);
                cases.Add(TestData.ToHex(TestData.Sequence(1, 25)), TestData.ToHex(TestData.Repeat(0xcd, 50)), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", backend);
                cases.Add(TestData.ToHex(TestData.Repeat(0xaa, 131)), TestData.ToHex(TestData.Ascii("Test Using Larger Than Block-Size Key - Hash Key First")), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", backend);
                cases.Add(TestData.ToHex(TestData.Repeat(0xaa, 131)), TestData.ToHex(TestData.Ascii(LongKeyData)), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", backend);
            }

            return cases;
        }

        [Theory]
        [MemberData(nameof(Rfc4231Cases))]
        public void Rfc4231_Section4_TestCases1To4And6To7GiveThePublishedTags(string keyHex, string dataHex, string expected, string backend)
        {
            byte[] key = TestData.Hex(keyHex);
            byte[] data = TestData.Hex(dataHex);
            byte[] tag = new byte[32];
            Backends.Create(backend).HmacSha256(key, data, 0, data.Length, tag, 0);
            Assert.Equal(expected, TestData.ToHex(tag));
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void Rfc4231_TestCase5_TruncatedTo128BitsMatchesThePublishedPrefix(string backend)
        {
            byte[] key = TestData.Repeat(0x0c, 20);
            byte[] data = TestData.Ascii("Test With Truncation");
            byte[] tag = new byte[32];
            Backends.Create(backend).HmacSha256(key, data, 0, data.Length, tag, 0);
            Assert.Equal("a3b6167473100ee06e0c796c2955552b", TestData.ToHex(tag, 0, 16));
        }

        [Fact]
        public void StaticManagedComputeMatchesRfc4231TestCase2()
        {
            byte[] data = TestData.Ascii("what do ya want for nothing?");
            byte[] tag = new byte[HmacSha256Managed.TagSize];
            HmacSha256Managed.Compute(TestData.Ascii("Jefe"), data, 0, data.Length, tag, 0);
            Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", TestData.ToHex(tag));
        }

        [Fact]
        public void ManagedNativeAndDotNetAgreeOnSeededRandomInputsOfManyLengthsAndOffsets()
        {
            Random random = new Random(2104);
            ICryptoBackend managed = new ManagedCryptoBackend();
            ICryptoBackend native = new NativeCryptoBackend();
            int[] keyLengths = { 0, 1, 16, 32, 63, 64, 65, 100, 200 };
            foreach (int length in TestData.Lengths)
            {
                foreach (int keyLength in keyLengths)
                {
                    byte[] key = TestData.RandomBytes(random, keyLength);
                    byte[] message = TestData.RandomBytes(random, length);
                    byte[] expected = BclCrypto.HMACSHA256.HashData(key, message);
                    int offset = random.Next(0, 9);
                    byte[] buffer = TestData.Embed(random, message, offset);
                    byte[] fromManaged = new byte[40];
                    byte[] fromNative = new byte[40];
                    managed.HmacSha256(key, buffer, offset, length, fromManaged, 3);
                    native.HmacSha256(key, buffer, offset, length, fromNative, 7);
                    Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromManaged, 3, 32));
                    Assert.Equal(TestData.ToHex(expected), TestData.ToHex(fromNative, 7, 32));
                }
            }
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void FlippingAnyOneBitOfKeyOrMessageChangesTheTag(string backend)
        {
            ICryptoBackend crypto = Backends.Create(backend);
            Random random = new Random(7);
            byte[] key = TestData.RandomBytes(random, 32);
            byte[] message = TestData.RandomBytes(random, 64);
            byte[] reference = new byte[32];
            crypto.HmacSha256(key, message, 0, message.Length, reference, 0);
            byte[] tag = new byte[32];
            for (int bit = 0; bit < message.Length * 8; bit++)
            {
                message[bit / 8] ^= (byte)(1 << (bit % 8));
                crypto.HmacSha256(key, message, 0, message.Length, tag, 0);
                message[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.NotEqual(reference, tag);
            }

            for (int bit = 0; bit < key.Length * 8; bit++)
            {
                key[bit / 8] ^= (byte)(1 << (bit % 8));
                crypto.HmacSha256(key, message, 0, message.Length, tag, 0);
                key[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.NotEqual(reference, tag);
            }

            crypto.HmacSha256(key, message, 0, message.Length, tag, 0);
            Assert.Equal(reference, tag);
        }

        [Fact]
        public void ManagedTagMayOverwriteItsOwnMessage()
        {
            byte[] key = TestData.Ascii("Jefe");
            byte[] buffer = new byte[40];
            byte[] message = TestData.Ascii("what do ya want for nothing?");
            Array.Copy(message, 0, buffer, 4, message.Length);
            new ManagedCryptoBackend().HmacSha256(key, buffer, 4, message.Length, buffer, 0);
            Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", TestData.ToHex(buffer, 0, 32));
        }

        [Fact]
        public void ContextGivesCorrectTagsWhateverTheOrderOfKeysAndClears()
        {
            // Alternating keys, a repeated key (cache hit), a long uncached key, an empty key right after Clear.
            Random random = new Random(42);
            byte[][] keys =
            {
                TestData.RandomBytes(random, 32), TestData.RandomBytes(random, 32), TestData.RandomBytes(random, 100),
                new byte[0], TestData.RandomBytes(random, 64), TestData.RandomBytes(random, 65),
            };
            int[] order = { 0, 0, 1, 0, 2, 2, 0, -1, 3, 3, -1, 0, 4, 5, 4, 1, -1, 5 };
            HmacSha256Context context = new HmacSha256Context();
            byte[] data = TestData.RandomBytes(random, 77);
            byte[] tag = new byte[32];
            foreach (int k in order)
            {
                if (k < 0)
                {
                    context.Clear();
                    continue;
                }

                context.Compute(keys[k], data, 0, data.Length, tag, 0);
                Assert.Equal(BclCrypto.HMACSHA256.HashData(keys[k], data), tag);
            }
        }

        [Fact]
        public void ContextWipesItsPadsButStaysReusable()
        {
            HmacSha256Context context = new HmacSha256Context();
            byte[] data = TestData.Ascii("Hi There");
            byte[] tag = new byte[32];
            for (int i = 0; i < 3; i++)
            {
                context.Compute(TestData.Repeat(0x0b, 20), data, 0, data.Length, tag, 0);
                Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", TestData.ToHex(tag));
            }
        }

        [Theory]
        [InlineData("managed")]
        [InlineData("native")]
        public void BadArgumentsAreRejected(string backend)
        {
            ICryptoBackend crypto = Backends.Create(backend);
            byte[] data = new byte[8];
            Assert.Throws<ArgumentNullException>(() => crypto.HmacSha256(null, data, 0, 8, new byte[32], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => crypto.HmacSha256(data, data, 4, 5, new byte[32], 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => crypto.HmacSha256(data, data, 0, 8, new byte[31], 0));
        }
    }
}
