// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;
using Xunit;
using NFUnitTest;

namespace Storage.Tests
{
    /// <summary>
    /// DESIGN requirement 5: counters persist in blocks, a reboot never hands out or accepts a value
    /// at or below anything handed out or observed before, and flash is not written per value.
    /// </summary>
    public sealed class CounterReservationTests
    {
        [Fact]
        public void ThousandNextCallsWithBlock256WriteExactlyFourTimes()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            CounterReservation counter = new CounterReservation(store, "ctr", 256);
            for (int i = 1; i <= 1000; i++)
            {
                Assert.Equal(i, counter.Next());
            }

            Assert.Equal(4, store.WriteCount);
            Assert.Equal(1024, counter.Reserved);
        }

        [Fact]
        public void NoWriteHappensWithinABlock()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            CounterReservation counter = new CounterReservation(store, "ctr", 10);
            counter.Next();
            Assert.Equal(1, store.WriteCount);
            for (int i = 2; i <= 10; i++)
            {
                counter.Next();
                Assert.Equal(1, store.WriteCount);
            }

            counter.Next();
            Assert.Equal(2, store.WriteCount);
        }

        [Fact]
        public void ANewCounterStartsAtOneWithFloorZero()
        {
            CounterReservation counter = new CounterReservation(new RecordStore(new MemoryStorageMedium()), "ctr", 4);
            Assert.Equal(0, counter.Floor);
            Assert.Equal(1, counter.Next());
        }

        [Fact]
        public void ARebootSkipsToTheEndOfTheReservedBlockNeverBack()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", 100);
            for (int i = 0; i < 150; i++)
            {
                counter.Next();
            }

            CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "ctr", 100);
            Assert.Equal(200, rebooted.Floor);
            Assert.Equal(201, rebooted.Next());
        }

        [Fact]
        public void RebootWithoutAnyNextKeepsTheFloorAndWritesNothing()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new CounterReservation(new RecordStore(medium), "ctr", 8).Next();
            RecordStore store = new RecordStore(medium);
            CounterReservation rebooted = new CounterReservation(store, "ctr", 8);
            Assert.Equal(8, rebooted.Floor);
            Assert.Equal(0, store.WriteCount);
        }

        [Fact]
        public void ObserveBelowOrAtTheHighWaterMarkChangesNothing()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            CounterReservation counter = new CounterReservation(store, "rx", 16);
            counter.Observe(5);
            Assert.Equal(1, store.WriteCount);
            counter.Observe(5);
            counter.Observe(3);
            counter.Observe(-1);
            Assert.Equal(5, counter.Last);
            Assert.Equal(1, store.WriteCount);
        }

        [Fact]
        public void ObservePersistsTheValuePlusABlockOnlyWhenTheCeilingIsCrossed()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            CounterReservation counter = new CounterReservation(store, "rx", 16);
            counter.Observe(1000);
            Assert.Equal(1015, counter.Reserved);
            counter.Observe(1015);
            Assert.Equal(1, store.WriteCount);
            counter.Observe(1016);
            Assert.Equal(2, store.WriteCount);
            Assert.Equal(1031, counter.Reserved);

            CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "rx", 16);
            Assert.Equal(1031, rebooted.Floor);
        }

        [Fact]
        public void ObserveNearTheTopOfTheRangeSaturatesInsteadOfOverflowing()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            CounterReservation counter = new CounterReservation(new RecordStore(medium), "rx", 256);
            counter.Observe(long.MaxValue - 3);
            Assert.Equal(long.MaxValue, counter.Reserved);
            Assert.Equal(long.MaxValue, new CounterReservation(new RecordStore(medium), "rx", 256).Floor);
            CounterReservation tx = new CounterReservation(new RecordStore(medium), "rx", 256);
            Assert.Throws<InvalidOperationException>(() => tx.Next());
        }

        [Fact]
        public void ARecordOfAnotherTypeUnderTheCounterNameIsRefused()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("ctr", new byte[12], 0, 12);
            Assert.Throws<InvalidOperationException>(() => new CounterReservation(store, "ctr", 4));
            store.Save("ctr", new byte[3], 0, 3);
            Assert.Throws<InvalidOperationException>(() => new CounterReservation(new RecordStore(medium), "ctr", 4));
        }

        [Fact]
        public void AFailedReservationDoesNotHandOutTheValue()
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", 4);
            medium.ArmCut(0, 3, CutMode.Prefix);
            Assert.Throws<PowerLossException>(() => counter.Next());
            Assert.Equal(0, counter.Last);
        }

        [Theory]
        [InlineData(CutMode.Prefix)]
        [InlineData(CutMode.PrefixOverOldTail)]
        [InlineData(CutMode.Dropped)]
        public void NextAfterACrashAtEveryByteOfEveryReservationStaysAboveEveryValueHandedOut(CutMode mode)
        {
            const int BlockSize = 5;
            const int SlotLength = 32 + CounterReservation.RecordLength;
            for (int reservation = 0; reservation < 4; reservation++)
            {
                for (int cut = 0; cut <= SlotLength; cut++)
                {
                    FaultInjectingMedium medium = new FaultInjectingMedium();
                    CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", BlockSize);
                    long highest = 0;
                    medium.ArmCut(reservation, cut, mode);
                    try
                    {
                        while (true)
                        {
                            long value = counter.Next();
                            Assert.True(value > highest);
                            highest = value;
                        }
                    }
                    catch (PowerLossException)
                    {
                    }

                    medium.Reboot();
                    CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "ctr", BlockSize);
                    Assert.True(rebooted.Floor >= highest, "floor " + rebooted.Floor + " below " + highest);
                    Assert.True(rebooted.Next() > highest);
                }
            }
        }

        [Theory]
        [InlineData(CutMode.Prefix)]
        [InlineData(CutMode.PrefixOverOldTail)]
        [InlineData(CutMode.Dropped)]
        public void ObserveAfterACrashAtEveryByteNeverAcceptsAValueObservedBefore(CutMode mode)
        {
            const int SlotLength = 32 + CounterReservation.RecordLength;
            long[] peerValues = { 3, 4, 9, 10, 11, 40, 41, 42, 90, 200 };
            for (int reservation = 0; reservation < 4; reservation++)
            {
                for (int cut = 0; cut <= SlotLength; cut++)
                {
                    FaultInjectingMedium medium = new FaultInjectingMedium();
                    CounterReservation counter = new CounterReservation(new RecordStore(medium), "rx", 8);
                    long accepted = 0;
                    medium.ArmCut(reservation, cut, mode);
                    try
                    {
                        foreach (long value in peerValues)
                        {
                            counter.Observe(value);
                            accepted = value;
                        }
                    }
                    catch (PowerLossException)
                    {
                    }

                    medium.Reboot();
                    CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "rx", 8);

                    // The receiver accepts only values above its floor: all accepted ones stay refused.
                    Assert.True(rebooted.Floor >= accepted, "floor " + rebooted.Floor + " below " + accepted);
                }
            }
        }

        [Fact]
        public void ManyCrashesInARowKeepTheCounterStrictlyIncreasing()
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            Random random = new Random(11);
            long highest = 0;
            for (int boot = 0; boot < 300; boot++)
            {
                CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", 3);
                Assert.True(counter.Floor >= highest);
                medium.ArmCut(random.Next(0, 3), random.Next(0, 41), (CutMode)random.Next(0, 3));
                try
                {
                    while (true)
                    {
                        long value = counter.Next();
                        Assert.True(value > highest);
                        highest = value;
                    }
                }
                catch (PowerLossException)
                {
                }

                medium.Reboot();
            }
        }
    }
}
