// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;
using Xunit;
using NFUnitTest;

namespace Storage.Tests
{
    /// <summary>
    /// DESIGN requirement 13: a power cut at every byte of a save, in every cut mode, then a reboot:
    /// the record is exactly the old or exactly the new value, and the store keeps working.
    /// </summary>
    public sealed class RecordStorePowerCutTests
    {
        private const int SlotOverhead = 32;

        private static byte[] Value(int length, int seed)
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

        public static TheoryData<CutMode, int, int, int> Cases()
        {
            // (mode, committed saves before the cut, old length, new length): same, growing, shrinking.
            TheoryData<CutMode, int, int, int> data = new TheoryData<CutMode, int, int, int>();
            foreach (CutMode mode in Enum.GetValues<CutMode>())
            {
                data.Add(mode, 0, 0, 24);
                data.Add(mode, 1, 24, 24);
                data.Add(mode, 2, 24, 24);
                data.Add(mode, 2, 8, 40);
                data.Add(mode, 2, 40, 8);
                data.Add(mode, 5, 1, 0);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void ACutAtEveryByteOfASaveLeavesExactlyTheOldOrTheNewValue(
            CutMode mode,
            int committedSaves,
            int oldLength,
            int newLength)
        {
            byte[] newValue = Value(newLength, 1000);
            for (int cut = 0; cut <= newLength + SlotOverhead; cut++)
            {
                FaultInjectingMedium medium = new FaultInjectingMedium();
                RecordStore store = new RecordStore(medium);
                byte[] old = null;
                for (int i = 0; i < committedSaves; i++)
                {
                    old = Value(oldLength, i);
                    store.Save("rec", old, 0, old.Length);
                }

                medium.ArmCut(0, cut, mode);
                Assert.Throws<PowerLossException>(() => store.Save("rec", newValue, 0, newValue.Length));
                medium.Reboot();

                byte[] loaded = LoadAll(new RecordStore(medium), "rec");
                bool isOld = old == null ? loaded == null : loaded != null && loaded.AsSpan().SequenceEqual(old);
                bool isNew = loaded != null && loaded.AsSpan().SequenceEqual(newValue);
                Assert.True(isOld || isNew, "cut at byte " + cut + " gave a mixed or lost value");

                // A cut that stopped short of the last byte cannot have produced the new value.
                if (cut < newLength + SlotOverhead - 1 || mode == CutMode.Dropped)
                {
                    Assert.True(isOld, "cut at byte " + cut + " should have kept the old value");
                }

                // After the reboot the store writes and reads normally.
                RecordStore rebooted = new RecordStore(medium);
                byte[] next = Value(17, 99);
                rebooted.Save("rec", next, 0, next.Length);
                Assert.Equal(next, LoadAll(new RecordStore(medium), "rec"));
            }
        }

        [Theory]
        [InlineData(CutMode.Prefix)]
        [InlineData(CutMode.PrefixOverOldTail)]
        [InlineData(CutMode.Dropped)]
        public void RepeatedCutsAndRebootsNeverLoseACommittedValue(CutMode mode)
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            Random random = new Random(7);
            byte[] committed = null;
            for (int round = 0; round < 500; round++)
            {
                RecordStore store = new RecordStore(medium);
                Assert.Equal(committed, LoadAll(store, "rec"));
                int savesBeforeCut = random.Next(0, 4);
                for (int i = 0; i <= savesBeforeCut; i++)
                {
                    byte[] value = Value(random.Next(0, 60), random.Next());
                    bool last = i == savesBeforeCut;
                    if (last)
                    {
                        medium.ArmCut(0, random.Next(0, value.Length + SlotOverhead - 1), mode);
                        Assert.Throws<PowerLossException>(() => store.Save("rec", value, 0, value.Length));
                    }
                    else
                    {
                        store.Save("rec", value, 0, value.Length);
                        committed = value;
                    }
                }

                medium.Reboot();
            }
        }

        [Fact]
        public void AFailedWriteWithoutRebootIsRetriedIntoTheSameSlot()
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            store.Save("rec", new byte[] { 2 }, 0, 1);
            medium.ArmCut(0, 5, CutMode.Prefix);
            Assert.Throws<PowerLossException>(() => store.Save("rec", new byte[] { 3 }, 0, 1));
            medium.Reboot();

            // Same store object (no reboot of the store): slot 1 still holds the newest value.
            store.Save("rec", new byte[] { 4 }, 0, 1);
            byte[] buffer = new byte[1];
            Assert.Equal(1, new RecordStore(medium).Load("rec", buffer));
            Assert.Equal(4, buffer[0]);
            Assert.Equal(-1, new RecordStore(medium).Load("other", buffer));
        }
    }
}
