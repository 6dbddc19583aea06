// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Audit;
using Shared.Crypto.Storage;
using Xunit;

namespace Storage.Tests
{
    /// <summary>The admin's paged read-out: size, verification, linking pages and a pinned head.</summary>
    public sealed class AuditPageTests
    {
        private static AuditChain Chain(int entries, int capacity = 64)
        {
            AuditChain chain = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit", capacity, 1000, 1000);
            for (int i = 0; i < entries; i++)
            {
                chain.Append(i * 10, 0, ActorKind.Owner, 1, 2, 0, (byte)i);
            }

            return chain;
        }

        private static AuditPage Page(AuditChain chain, long from, int max)
        {
            byte[] buffer = new byte[AuditPage.MaxEncodedSize];
            int length = chain.EncodePage(from, max, buffer, 0);
            AuditPage page = new AuditPage();
            Assert.True(AuditPage.TryParse(buffer, 0, length, page));
            return page;
        }

        [Fact]
        public void AFullPageFitsWellInsideOneKilobyteMqttMessage()
        {
            Assert.True(AuditPage.MaxEncodedSize <= 512);
            byte[] buffer = new byte[AuditPage.MaxEncodedSize];
            Assert.Equal(AuditPage.MaxEncodedSize, Chain(40).EncodePage(1, 100, buffer, 0));
        }

        [Fact]
        public void ReadingAllPagesInOrderLinksEveryPageToTheNextAndEndsAtTheHead()
        {
            AuditChain chain = Chain(37);
            byte[] expectedPrevious = new byte[32];
            long next = 1;
            int total = 0;
            while (next <= chain.LastSequence)
            {
                AuditPage page = Page(chain, next, 5);
                Assert.True(page.Verify());
                byte[] previous = new byte[32];
                page.CopyPreviousHash(previous, 0);
                Assert.Equal(expectedPrevious, previous);
                Assert.True(page.TryGetHashAfter(page.FirstSequence + page.Count - 1, expectedPrevious));
                total += page.Count;
                next = page.FirstSequence + page.Count;
            }

            byte[] head = new byte[32];
            chain.CopyHeadHash(head, 0);
            Assert.Equal(head, expectedPrevious);
            Assert.Equal(37, total);
        }

        [Fact]
        public void APageFromARolledOffSequenceStartsAtTheOldestRetainedEntry()
        {
            AuditChain chain = Chain(20, capacity: 8);
            AuditPage page = Page(chain, 1, 16);
            Assert.Equal(13, page.FirstSequence);
            Assert.Equal(8, page.Count);
            Assert.True(page.Verify());
            AuditEntry entry = new AuditEntry();
            Assert.True(page.TryGetEntry(0, entry));
            Assert.Equal(13, entry.Sequence);
            Assert.Equal(12, entry.State);
        }

        [Fact]
        public void APageBeyondTheHeadIsEmptyAndCarriesTheHeadAsPreviousHash()
        {
            AuditChain chain = Chain(3);
            AuditPage page = Page(chain, 50, 16);
            Assert.Equal(0, page.Count);
            Assert.Equal(4, page.FirstSequence);
            Assert.True(page.Verify());
            byte[] previous = new byte[32];
            byte[] head = new byte[32];
            page.CopyPreviousHash(previous, 0);
            chain.CopyHeadHash(head, 0);
            Assert.Equal(head, previous);
        }

        [Fact]
        public void AHistoryRewrittenWithRecomputedHashesIsCaughtByTheOwnersPinnedHead()
        {
            // The owner read the chain up to entry 10 and pinned that hash.
            AuditChain genuine = Chain(10);
            byte[] pinned = new byte[32];
            genuine.CopyHeadHash(pinned, 0);

            // An attacker with flash access rebuilds the chain with entry 4 changed, hashes recomputed.
            AuditChain forged = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit", 64, 1000, 1000);
            for (int i = 0; i < 12; i++)
            {
                forged.Append(i * 10, 0, i == 3 ? ActorKind.Manual : ActorKind.Owner, 1, 2, 0, (byte)i);
            }

            Assert.True(forged.Verify());
            AuditPage page = Page(forged, 1, 16);
            Assert.True(page.Verify());
            byte[] atPin = new byte[32];
            Assert.True(page.TryGetHashAfter(10, atPin));
            Assert.NotEqual(pinned, atPin);
        }

        [Fact]
        public void FlippingAnyBitOfAPageIsRejectedOrFailsVerificationOrBreaksTheLink()
        {
            AuditChain chain = Chain(6);
            byte[] buffer = new byte[AuditPage.MaxEncodedSize];
            int length = chain.EncodePage(1, 16, buffer, 0);
            byte[] genesis = new byte[32];
            for (int bit = 0; bit < length * 8; bit++)
            {
                byte[] tampered = (byte[])buffer.Clone();
                tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                AuditPage page = new AuditPage();
                bool accepted = AuditPage.TryParse(tampered, 0, length, page) && page.Verify();
                if (accepted)
                {
                    // Only the linking fields can change without breaking the page on its own: the owner
                    // links the previous hash to what they hold (here the genesis), and a page that claims
                    // a later head must be followed by pages that reach it (here none exist).
                    byte[] previous = new byte[32];
                    page.CopyPreviousHash(previous, 0);
                    accepted = previous.AsSpan().SequenceEqual(genesis) && page.FirstSequence == 1
                        && page.Count == 6 && page.HeadSequence == 6;
                }

                Assert.False(accepted, "bit " + bit + " flipped undetected");
            }
        }

        [Fact]
        public void MalformedPagesAreRejectedWithoutThrowing()
        {
            AuditPage page = new AuditPage();
            Random random = new Random(5);
            for (int i = 0; i < 2000; i++)
            {
                byte[] junk = new byte[random.Next(0, 600)];
                random.NextBytes(junk);
                if (junk.Length > 0)
                {
                    junk[0] = 1;
                }

                AuditPage.TryParse(junk, 0, junk.Length, page);
            }

            Assert.False(AuditPage.TryParse(null, 0, 0, page));
            Assert.False(AuditPage.TryParse(new byte[10], 5, 10, page));
        }
    }
}
