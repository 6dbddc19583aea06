// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using Shared.Crypto.Storage;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;
using NFUnitTest;

namespace Storage.Tests
{
    public sealed class RecordStoreTests
    {
        private static byte[] Bytes(int length, int seed)
        {
            byte[] data = new byte[length];
            new Random(seed).NextBytes(data);
            return data;
        }

        private static byte[] LoadAll(RecordStore store, string name)
        {
            byte[] buffer = new byte[store.MaxPayloadLength];
            int length = store.Load(name, buffer);
            return length < 0 ? null : buffer.AsSpan(0, length).ToArray();
        }

        [Fact]
        public void LoadOfAnAbsentRecordReturnsMinusOne()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            Assert.Equal(-1, store.Load("owners", new byte[16]));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(100)]
        [InlineData(4096)]
        public void SavedPayloadLoadsBackAfterReboot(int length)
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            byte[] payload = Bytes(length, length);
            new RecordStore(medium).Save("rec", payload, 0, length);
            Assert.Equal(payload, LoadAll(new RecordStore(medium), "rec"));
        }

        [Fact]
        public void SaveHonoursOffsetAndCount()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            byte[] payload = { 9, 9, 1, 2, 3, 9 };
            new RecordStore(medium).Save("rec", payload, 2, 3);
            Assert.Equal(new byte[] { 1, 2, 3 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [Fact]
        public void SavesAlternateSlotsAndTheNewestGenerationWins()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            Assert.NotNull(medium.GetRaw("rec.0"));
            Assert.Null(medium.GetRaw("rec.1"));
            store.Save("rec", new byte[] { 2 }, 0, 1);
            Assert.NotNull(medium.GetRaw("rec.1"));
            store.Save("rec", new byte[] { 3 }, 0, 1);
            Assert.Equal(new byte[] { 3 }, LoadAll(new RecordStore(medium), "rec"));

            // Slot 0 now holds generation 3: swap in the older slot 1 content and the newer must still win.
            Assert.Equal(3, medium.GetRaw("rec.0")[15]);
            Assert.Equal(2, medium.GetRaw("rec.1")[15]);
        }

        [Fact]
        public void AStoreStartedOnExistingSlotsWritesTheSlotNotHoldingTheNewest()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore first = new RecordStore(medium);
            first.Save("rec", new byte[] { 1 }, 0, 1);
            first.Save("rec", new byte[] { 2 }, 0, 1);
            byte[] newest = medium.GetRaw("rec.1");

            new RecordStore(medium).Save("rec", new byte[] { 3 }, 0, 1);
            Assert.Equal(newest, medium.GetRaw("rec.1"));
            Assert.Equal(new byte[] { 3 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [Fact]
        public void SlotLayoutMatchesTheDocumentedFormatWithATruncatedSha256Check()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium).Save("rec", new byte[] { 0xAA, 0xBB }, 0, 2);
            byte[] slot = medium.GetRaw("rec.0");
            byte[] expectedHeader = { 0x4F, 0x4B, 0x52, 0x53, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0xAA, 0xBB };
            Assert.Equal(expectedHeader.Length + 16, slot.Length);
            Assert.Equal(expectedHeader, slot.AsSpan(0, expectedHeader.Length).ToArray());
            byte[] check = BclCrypto.SHA256.HashData(expectedHeader);
            Assert.Equal(check.AsSpan(0, 16).ToArray(), slot.AsSpan(expectedHeader.Length).ToArray());
        }

        [Fact]
        public void FlippingAnyBitOfTheNewestSlotFallsBackToThePreviousValue()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", Bytes(40, 1), 0, 40);
            store.Save("rec", Bytes(40, 2), 0, 40);
            byte[] newest = medium.GetRaw("rec.1");
            for (int i = 0; i < newest.Length * 8; i++)
            {
                byte[] corrupt = (byte[])newest.Clone();
                corrupt[i / 8] ^= (byte)(1 << (i % 8));
                medium.SetRaw("rec.1", corrupt);
                Assert.Equal(Bytes(40, 1), LoadAll(new RecordStore(medium), "rec"));
            }
        }

        [Fact]
        public void CorruptTruncatedOversizedOrForeignSlotsAreIgnoredWithoutThrowing()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium, 64);
            store.Save("rec", Bytes(10, 3), 0, 10);
            byte[] valid = medium.GetRaw("rec.0");
            byte[][] bad =
            {
                new byte[0],
                valid.AsSpan(0, valid.Length - 1).ToArray(),
                valid.AsSpan(0, 15).ToArray(),
                new byte[500],
                Bytes(valid.Length, 4),
            };
            foreach (byte[] content in bad)
            {
                medium.SetRaw("rec.0", content);
                medium.SetRaw("rec.1", content);
                Assert.Equal(-1, new RecordStore(medium, 64).Load("rec", new byte[64]));
            }

            // A length field larger than the file, and a valid slot above this store's limit.
            byte[] lying = (byte[])valid.Clone();
            lying[6] = 0xFF;
            medium.SetRaw("rec.0", lying);
            Assert.Equal(-1, new RecordStore(medium, 64).Load("rec", new byte[64]));
            medium.SetRaw("rec.0", valid);
            Assert.Equal(-1, new RecordStore(medium, 5).Load("rec", new byte[64]));
        }

        [Fact]
        public void LoadIntoATooSmallBufferThrowsInsteadOfPretendingTheRecordIsAbsent()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium).Save("rec", new byte[10], 0, 10);
            Assert.Throws<ArgumentException>(() => new RecordStore(medium).Load("rec", new byte[9]));
        }

        [Theory]
        [InlineData("")]
        [InlineData("a/b")]
        [InlineData("a\\b")]
        [InlineData("a b")]
        [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
        public void InvalidNamesAreRefused(string name)
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            Assert.Throws<ArgumentException>(() => store.Save(name, new byte[1], 0, 1));
        }

        [Fact]
        public void PayloadAboveTheLimitIsRefused()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium(), 8);
            Assert.Throws<ArgumentOutOfRangeException>(() => store.Save("rec", new byte[9], 0, 9));
        }

        [Fact]
        public void EraseRemovesBothSlotsAndANewRecordStartsOver()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            store.Save("rec", new byte[] { 2 }, 0, 1);
            store.Erase("rec");
            Assert.Equal(0, medium.FileCount);
            Assert.Equal(-1, store.Load("rec", new byte[4]));
            store.Save("rec", new byte[] { 7 }, 0, 1);
            Assert.Equal(new byte[] { 7 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        public void EraseCutBeforeEitherDeleteLeavesTheNewestValueNeverAnOlderOne(int cutBeforeDelete)
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            store.Save("rec", new byte[] { 2 }, 0, 1);
            medium.ArmDeleteCut(cutBeforeDelete);
            Assert.Throws<PowerLossException>(() => store.Erase("rec"));
            medium.Reboot();
            Assert.Equal(new byte[] { 2 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [Fact]
        public void WriteCountCountsSlotWrites()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            for (int i = 0; i < 5; i++)
            {
                store.Save("rec", new byte[1], 0, 1);
            }

            store.Load("rec", new byte[1]);
            Assert.Equal(5, store.WriteCount);
        }

        [Fact]
        public void RecordsAreIndependent()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("a", new byte[] { 1 }, 0, 1);
            store.Save("b", new byte[] { 2, 2 }, 0, 2);
            store.Save("a", new byte[] { 3 }, 0, 1);
            RecordStore rebooted = new RecordStore(medium);
            Assert.Equal(new byte[] { 3 }, LoadAll(rebooted, "a"));
            Assert.Equal(new byte[] { 2, 2 }, LoadAll(rebooted, "b"));
        }
    }
}
