// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Primitives;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Crypto.Primitives.Tests
{
    public class Sha256Tests
    {
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf" and "SHA2_Additional.pdf").
        [Theory]
        [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        [InlineData(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
        public void Fips180_4_ExamplesHashToThePublishedDigests(string message, string expected)
        {
            byte[] data = TestData.Ascii(message);
            byte[] digest = new byte[Sha256.HashSize];
            Sha256.Hash(data, 0, data.Length, digest, 0);
            Assert.Equal(expected, TestData.ToHex(digest));
        }

        [Fact]
        public void Fips180_4_OneMillionLetterAHashesToThePublishedDigest()
        {
            // Fed in 1000-byte pieces so the block-straddling path runs many times.
            Sha256 hasher = new Sha256();
            byte[] chunk = TestData.Repeat((byte)'a', 1000);
            for (int i = 0; i < 1000; i++)
            {
                hasher.Append(chunk, 0, chunk.Length);
            }

            byte[] digest = new byte[Sha256.HashSize];
            hasher.Finish(digest, 0);
            Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", TestData.ToHex(digest));
        }

        [Fact]
        public void HashMatchesDotNetForManyLengthsAndUnalignedOffsets()
        {
            Random random = new Random(180);
            foreach (int length in TestData.Lengths)
            {
                byte[] message = TestData.RandomBytes(random, length);
                byte[] expected = BclCrypto.SHA256.HashData(message);
                foreach (int offset in new[] { 0, 1, 3, 13 })
                {
                    byte[] buffer = TestData.Embed(random, message, offset);
                    byte[] output = new byte[Sha256.HashSize + 5];
                    Sha256.Hash(buffer, offset, length, output, 5);
                    Assert.Equal(TestData.ToHex(expected), TestData.ToHex(output, 5, Sha256.HashSize));
                }
            }
        }

        [Fact]
        public void AppendingInArbitraryPiecesGivesTheSameDigestAsOneCall()
        {
            Random random = new Random(4);
            byte[] message = TestData.RandomBytes(random, 777);
            byte[] expected = BclCrypto.SHA256.HashData(message);
            Sha256 hasher = new Sha256();
            for (int trial = 0; trial < 20; trial++)
            {
                int at = 0;
                while (at < message.Length)
                {
                    int piece = Math.Min(random.Next(0, 150), message.Length - at);
                    hasher.Append(message, at, piece);
                    at += piece;
                }

                byte[] digest = new byte[Sha256.HashSize];
                hasher.Finish(digest, 0);
                Assert.Equal(expected, digest);
            }
        }

        [Fact]
        public void ResetDiscardsPartiallyAppendedData()
        {
            Sha256 hasher = new Sha256();
            byte[] junk = TestData.Ascii("junk that must not count");
            hasher.Append(junk, 0, junk.Length);
            hasher.Reset();
            byte[] abc = TestData.Ascii("abc");
            hasher.Append(abc, 0, abc.Length);
            byte[] digest = new byte[Sha256.HashSize];
            hasher.Finish(digest, 0);
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TestData.ToHex(digest));
        }

        [Fact]
        public void RangesOutsideTheBufferAreRejectedBeforeHashing()
        {
            byte[] data = new byte[10];
            byte[] output = new byte[32];
            Assert.Throws<ArgumentOutOfRangeException>(() => Sha256.Hash(data, 5, 6, output, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => Sha256.Hash(data, -1, 1, output, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => Sha256.Hash(data, 0, 10, output, 1));
            Assert.Throws<ArgumentNullException>(() => Sha256.Hash(null, 0, 0, output, 0));
        }
    }
}
