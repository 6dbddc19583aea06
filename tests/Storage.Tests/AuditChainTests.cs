// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Audit;
using Shared.Crypto.Storage;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Storage.Tests
{
    /// <summary>DESIGN requirement 10: the hash-chained audit log, its persistence and flush policy.</summary>
    public sealed class AuditChainTests
    {
        private const int HeaderSize = 72;

        private static AuditChain NewChain(IStorageMedium medium, int capacity = 8, int flushAfter = 100, long interval = 1000)
        {
            return new AuditChain(new RecordStore(medium), "audit", capacity, flushAfter, interval);
        }

        private static void AppendMany(AuditChain chain, int count, long startMs = 0)
        {
            for (int i = 0; i < count; i++)
            {
                chain.Append(startMs + i, 0, ActorKind.Owner, 3, (byte)(i & 0x7F), 0, (byte)i);
            }
        }

        private static byte[] Encode(AuditChain chain)
        {
            byte[] output = new byte[chain.EncodedLength];
            Assert.Equal(output.Length, chain.Encode(output, 0));
            return output;
        }

        private static bool ParsesAndVerifies(byte[] bytes)
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            return chain.TryParse(bytes, 0, bytes.Length) && chain.Verify();
        }

        [Fact]
        public void EntryEncodingIsTheDocumentedBigEndianLayout()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            chain.Append(0x0102030405, 0x60000000, ActorKind.Manual, 0x0A0B0C0D, 0x21, 0x42, 0x03);
            byte[] encoded = Encode(chain);
            byte[] expected =
            {
                0, 0, 0, 1,
                0, 0, 0, 0x01, 0x02, 0x03, 0x04, 0x05,
                0x60, 0, 0, 0,
                0x0A, 0x0B, 0x0C, 0x0D,
                (byte)ActorKind.Manual, 0x21, 0x42, 0x03,
            };
            Assert.Equal(expected, encoded.AsSpan(HeaderSize).ToArray());
        }

        [Fact]
        public void HeadHashIsSha256OfEachEntryFollowedByThePreviousHashFromAZeroGenesis()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            AppendMany(chain, 3);
            byte[] encoded = Encode(chain);
            byte[] hash = new byte[32];
            for (int i = 0; i < 3; i++)
            {
                byte[] input = new byte[24 + 32];
                Array.Copy(encoded, HeaderSize + (i * 24), input, 0, 24);
                Array.Copy(hash, 0, input, 24, 32);
                hash = BclCrypto.SHA256.HashData(input);
            }

            byte[] head = new byte[32];
            chain.CopyHeadHash(head, 0);
            Assert.Equal(hash, head);
        }

        [Fact]
        public void EntriesRollOffPastCapacityAndTheChainStaysVerifiableFromTheAnchor()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium(), capacity: 4);
            AppendMany(chain, 11);
            Assert.Equal(4, chain.Count);
            Assert.Equal(8, chain.FirstSequence);
            Assert.Equal(11, chain.LastSequence);
            Assert.True(chain.Verify());
            AuditEntry entry = new AuditEntry();
            Assert.False(chain.TryGetEntry(7, entry));
            Assert.True(chain.TryGetEntry(8, entry));
            Assert.Equal(8, entry.Sequence);
            Assert.Equal(7, entry.State);
            Assert.True(ParsesAndVerifies(Encode(chain)));

            // The anchor is the hash after entry 7 of the same chain built without a limit.
            AuditChain unlimited = NewChain(new MemoryStorageMedium(), capacity: 64);
            AppendMany(unlimited, 11);
            byte[] page = new byte[AuditPage.MaxEncodedSize];
            int length = unlimited.EncodePage(8, 4, page, 0);
            AuditPage parsed = new AuditPage();
            Assert.True(AuditPage.TryParse(page, 0, length, parsed));
            byte[] previous = new byte[32];
            parsed.CopyPreviousHash(previous, 0);
            Assert.Equal(previous, Encode(chain).AsSpan(8, 32).ToArray());
        }

        [Fact]
        public void FlippingAnyBitOfThePersistedFormIsDetected()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium(), capacity: 4);
            AppendMany(chain, 6);
            byte[] encoded = Encode(chain);
            Assert.True(ParsesAndVerifies(encoded));
            for (int bit = 0; bit < encoded.Length * 8; bit++)
            {
                byte[] tampered = (byte[])encoded.Clone();
                tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.False(ParsesAndVerifies(tampered), "bit " + bit + " flipped undetected");
            }
        }

        [Fact]
        public void RemovedReorderedInsertedOrTruncatedEntriesAreDetected()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            AppendMany(chain, 5);
            byte[] encoded = Encode(chain);

            Assert.False(ParsesAndVerifies(WithEntries(encoded, 0, 1, 3, 4)));
            Assert.False(ParsesAndVerifies(WithEntries(encoded, 0, 1, 2, 3)));
            Assert.False(ParsesAndVerifies(WithEntries(encoded, 1, 2, 3, 4)));
            Assert.False(ParsesAndVerifies(WithEntries(encoded, 0, 2, 1, 3, 4)));
            Assert.False(ParsesAndVerifies(WithEntries(encoded, 0, 1, 2, 2, 3, 4)));
            Assert.False(ParsesAndVerifies(encoded.AsSpan(0, encoded.Length - 1).ToArray()));
            Assert.True(ParsesAndVerifies(WithEntries(encoded, 0, 1, 2, 3, 4)));
        }

        private static byte[] WithEntries(byte[] encoded, params int[] order)
        {
            byte[] result = new byte[HeaderSize + (order.Length * 24)];
            Array.Copy(encoded, result, HeaderSize);
            result[2] = (byte)(order.Length >> 8);
            result[3] = (byte)order.Length;
            for (int i = 0; i < order.Length; i++)
            {
                Array.Copy(encoded, HeaderSize + (order[i] * 24), result, HeaderSize + (i * 24), 24);
            }

            return result;
        }

        [Fact]
        public void AppendDoesNotWriteFlashUntilTheEntryThresholdIsReached()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            AuditChain chain = new AuditChain(store, "audit", 64, 8, 60000);
            AppendMany(chain, 7);
            Assert.Equal(0, store.WriteCount);
            Assert.Equal(7, chain.PendingCount);
            AppendMany(chain, 1, 7);
            Assert.Equal(1, store.WriteCount);
            Assert.Equal(0, chain.PendingCount);
            AppendMany(chain, 80, 8);
            Assert.Equal(11, store.WriteCount);
        }

        [Fact]
        public void PollFlushesOnceTheOldestPendingEntryHasWaitedTheInterval()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            AuditChain chain = new AuditChain(store, "audit", 64, 8, 60000);
            Assert.False(chain.Poll(1000));
            chain.Append(1000, 0, ActorKind.AutoClose, 0, 1, 0, 2);
            chain.Append(50000, 0, ActorKind.AutoClose, 0, 1, 0, 2);
            Assert.False(chain.Poll(60999));
            Assert.Equal(0, store.WriteCount);
            Assert.True(chain.Poll(61000));
            Assert.Equal(1, store.WriteCount);
            Assert.False(chain.Poll(500000));
        }

        [Fact]
        public void FlushOnDemandWritesOnlyWhenSomethingIsPending()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            AuditChain chain = new AuditChain(store, "audit");
            chain.Flush();
            Assert.Equal(0, store.WriteCount);
            chain.Append(5, 0, ActorKind.System, 0, 1, 0, 0);
            chain.Flush();
            chain.Flush();
            Assert.Equal(1, store.WriteCount);
        }

        [Fact]
        public void AFlushedChainLoadsAfterRebootAndContinuesItsNumberingAndHash()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            AuditChain chain = NewChain(medium, capacity: 4);
            AppendMany(chain, 6);
            chain.Flush();
            byte[] head = new byte[32];
            chain.CopyHeadHash(head, 0);
            chain.Append(100, 0, ActorKind.Guest, 9, 1, 0, 1);

            AuditChain rebooted = NewChain(medium, capacity: 4);
            Assert.Equal(AuditLoadResult.Loaded, rebooted.Load());
            Assert.Equal(6, rebooted.LastSequence);
            byte[] loadedHead = new byte[32];
            rebooted.CopyHeadHash(loadedHead, 0);
            Assert.Equal(head, loadedHead);
            Assert.Equal(7, rebooted.Append(0, 0, ActorKind.System, 0, 0, 0, 0));
            Assert.True(rebooted.Verify());
        }

        [Fact]
        public void AChainSavedWithALargerCapacityLoadsKeepingTheNewestEntries()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            AuditChain big = NewChain(medium, capacity: 10);
            AppendMany(big, 10);
            big.Flush();
            AuditChain small = NewChain(medium, capacity: 3);
            Assert.Equal(AuditLoadResult.Loaded, small.Load());
            Assert.Equal(3, small.Count);
            Assert.Equal(8, small.FirstSequence);
            Assert.True(small.Verify());
        }

        [Fact]
        public void LoadWithNoRecordStartsEmpty()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            Assert.Equal(AuditLoadResult.Empty, chain.Load());
            Assert.Equal(0, chain.LastSequence);
            Assert.Equal(1, chain.Append(0, 0, ActorKind.System, 0, 0, 0, 0));
        }

        [Fact]
        public void ATamperedRecordLoadsAsBrokenAnchoredOnItsHashAndIsReplacedAtTheNextPoll()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            AuditChain chain = NewChain(medium);
            AppendMany(chain, 5);
            byte[] tampered = Encode(chain);
            tampered[HeaderSize + 23] ^= 1;
            RecordStore store = new RecordStore(medium);
            store.Save("audit", tampered, 0, tampered.Length);

            AuditChain rebooted = new AuditChain(store, "audit", 8, 100, 1000);
            Assert.Equal(AuditLoadResult.Broken, rebooted.Load());
            Assert.Equal(0, rebooted.Count);
            Assert.Equal(5, rebooted.LastSequence);
            byte[] head = new byte[32];
            rebooted.CopyHeadHash(head, 0);
            Assert.Equal(BclCrypto.SHA256.HashData(tampered), head);
            Assert.True(rebooted.Poll(0));
            Assert.Equal(AuditLoadResult.Loaded, NewChain(medium).Load());
        }

        [Fact]
        public void InvalidAppendsAreRefused()
        {
            AuditChain chain = NewChain(new MemoryStorageMedium());
            Assert.Throws<ArgumentOutOfRangeException>(() => chain.Append(0, 0, ActorKind.None, 0, 0, 0, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => chain.Append(0, 0, (ActorKind)99, 0, 0, 0, 0));
            Assert.Equal(0, chain.Count);
        }

        [Fact]
        public void OutOfRangeTimesAndIdsSaturateInsteadOfLosingTheEntry()
        {
            // A member once sent 2^32 as its time: the append threw and the action vanished from the chain.
            AuditChain chain = NewChain(new MemoryStorageMedium());
            long first = chain.Append(-5, 1L << 32, ActorKind.Owner, -1, 0x21, 0, 0);
            long second = chain.Append(10, -7, ActorKind.Guest, 1L << 40, 0x22, 0, 0);
            AuditEntry entry = new AuditEntry();
            Assert.True(chain.TryGetEntry(first, entry));
            Assert.Equal(0xFFFFFFFFL, entry.UtcSeconds);
            Assert.Equal(0, entry.ActorId);
            Assert.Equal(0, entry.MonotonicMilliseconds);
            Assert.True(chain.TryGetEntry(second, entry));
            Assert.Equal(0, entry.UtcSeconds);
            Assert.Equal(0xFFFFFFFFL, entry.ActorId);
            Assert.True(chain.Verify());
        }

        [Fact]
        public void ACapacityThatDoesNotFitTheRecordStoreIsRefused()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium(), 200);
            Assert.Throws<ArgumentOutOfRangeException>(() => new AuditChain(store, "audit", 6, 1, 0));
            Assert.Equal(5, new AuditChain(store, "audit", 5, 1, 0).Capacity);
        }
    }
}
