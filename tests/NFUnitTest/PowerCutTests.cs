// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>
    /// DESIGN requirement 13 on the device runtime: a power cut at every byte of a save, in every cut mode, then a
    /// reboot: a record is exactly the old or exactly the new value, and counters never go back.
    /// </summary>
    [TestClass]
    public class PowerCutTests
    {
        private const int SlotOverhead = 32;

        /// <summary>Cuts a save at every byte; returns how many cuts were tried.</summary>
        private static int CutEveryByte(CutMode mode, int committedSaves, int oldLength, int newLength)
        {
            byte[] newValue = RecordStoreTests.Bytes(newLength, 1000);
            int tried = 0;
            for (int cut = 0; cut <= newLength + SlotOverhead; cut++)
            {
                FaultInjectingMedium medium = new FaultInjectingMedium();
                RecordStore store = new RecordStore(medium);
                byte[] old = null;
                for (int i = 0; i < committedSaves; i++)
                {
                    old = RecordStoreTests.Bytes(oldLength, i);
                    store.Save("rec", old, 0, old.Length);
                }

                medium.ArmCut(0, cut, mode);
                bool lost = false;
                try
                {
                    store.Save("rec", newValue, 0, newValue.Length);
                }
                catch (PowerLossException)
                {
                    lost = true;
                }

                Assert.IsTrue(lost, "the armed cut did not fire");
                medium.Reboot();
                byte[] loaded = RecordStoreTests.LoadAll(new RecordStore(medium), "rec");
                bool isOld = old == null ? loaded == null : Same(loaded, old);
                bool isNew = Same(loaded, newValue);
                Assert.IsTrue(isOld || isNew, "cut at byte " + cut.ToString() + " gave a mixed or lost value");
                if (cut < newLength + SlotOverhead - 1 || mode == CutMode.Dropped)
                {
                    Assert.IsTrue(isOld, "cut at byte " + cut.ToString() + " should have kept the old value");
                }

                RecordStore rebooted = new RecordStore(medium);
                byte[] next = RecordStoreTests.Bytes(17, 99);
                rebooted.Save("rec", next, 0, next.Length);
                CollectionAssert.AreEqual(next, RecordStoreTests.LoadAll(new RecordStore(medium), "rec"));
                tried++;
            }

            return tried;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        [TestMethod]
        public void Truncating_cut_of_a_first_save_leaves_no_record_or_the_new_one()
        {
            Assert.AreEqual(24 + SlotOverhead + 1, CutEveryByte(CutMode.Prefix, 0, 0, 24));
        }

        [TestMethod]
        public void Truncating_cut_with_one_committed_value_keeps_it()
        {
            CutEveryByte(CutMode.Prefix, 1, 24, 24);
        }

        [TestMethod]
        public void Truncating_cut_over_both_slots_keeps_the_newest_committed_value()
        {
            CutEveryByte(CutMode.Prefix, 2, 24, 24);
        }

        [TestMethod]
        public void Truncating_cut_of_a_growing_record_keeps_the_old_value()
        {
            CutEveryByte(CutMode.Prefix, 2, 8, 40);
        }

        [TestMethod]
        public void Truncating_cut_of_a_shrinking_record_keeps_the_old_value()
        {
            CutEveryByte(CutMode.Prefix, 2, 40, 8);
        }

        [TestMethod]
        public void Cut_over_an_old_tail_keeps_the_old_value()
        {
            CutEveryByte(CutMode.PrefixOverOldTail, 2, 24, 24);
        }

        [TestMethod]
        public void Cut_over_an_old_tail_of_a_longer_record_keeps_the_old_value()
        {
            CutEveryByte(CutMode.PrefixOverOldTail, 2, 40, 8);
        }

        [TestMethod]
        public void Cut_over_an_old_tail_after_many_saves_down_to_an_empty_record()
        {
            CutEveryByte(CutMode.PrefixOverOldTail, 5, 1, 0);
        }

        [TestMethod]
        public void A_dropped_write_keeps_the_old_value()
        {
            CutEveryByte(CutMode.Dropped, 2, 24, 24);
            CutEveryByte(CutMode.Dropped, 0, 0, 24);
        }

        [TestMethod]
        public void A_failed_write_without_a_reboot_is_retried_into_the_same_slot()
        {
            FaultInjectingMedium medium = new FaultInjectingMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            store.Save("rec", new byte[] { 2 }, 0, 1);
            medium.ArmCut(0, 5, CutMode.Prefix);
            Assert.ThrowsException(typeof(PowerLossException), () => store.Save("rec", new byte[] { 3 }, 0, 1));
            medium.Reboot();
            store.Save("rec", new byte[] { 4 }, 0, 1);
            byte[] buffer = new byte[1];
            Assert.AreEqual(1, new RecordStore(medium).Load("rec", buffer));
            Assert.AreEqual((byte)4, buffer[0]);
        }

        [TestMethod]
        public void An_erase_cut_before_either_delete_leaves_the_newest_value_never_an_older_one()
        {
            for (int cutBeforeDelete = 0; cutBeforeDelete < 2; cutBeforeDelete++)
            {
                FaultInjectingMedium medium = new FaultInjectingMedium();
                RecordStore store = new RecordStore(medium);
                store.Save("rec", new byte[] { 1 }, 0, 1);
                store.Save("rec", new byte[] { 2 }, 0, 1);
                medium.ArmDeleteCut(cutBeforeDelete);
                Assert.ThrowsException(typeof(PowerLossException), () => store.Erase("rec"));
                medium.Reboot();
                CollectionAssert.AreEqual(new byte[] { 2 }, RecordStoreTests.LoadAll(new RecordStore(medium), "rec"));
            }
        }

        [TestMethod]
        public void Counter_reservation_cut_at_every_byte_never_hands_out_a_value_again()
        {
            const int SlotLength = SlotOverhead + CounterReservation.RecordLength;
            for (int mode = 0; mode < 3; mode++)
            {
                for (int reservation = 0; reservation < 3; reservation++)
                {
                    for (int cut = 0; cut <= SlotLength; cut += 3)
                    {
                        FaultInjectingMedium medium = new FaultInjectingMedium();
                        CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", 5);
                        long highest = 0;
                        medium.ArmCut(reservation, cut, (CutMode)mode);
                        try
                        {
                            while (true)
                            {
                                long value = counter.Next();
                                Assert.IsTrue(value > highest);
                                highest = value;
                            }
                        }
                        catch (PowerLossException)
                        {
                        }

                        medium.Reboot();
                        CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "ctr", 5);
                        Assert.IsTrue(rebooted.Floor >= highest, "floor " + rebooted.Floor.ToString() + " below " + highest.ToString());
                        Assert.IsTrue(rebooted.Next() > highest);
                    }
                }
            }
        }

        [TestMethod]
        public void Received_counter_cut_at_every_byte_never_accepts_an_observed_value_again()
        {
            const int SlotLength = SlotOverhead + CounterReservation.RecordLength;
            long[] peerValues = new long[] { 3, 4, 9, 10, 11, 40, 41, 42, 90, 200 };
            for (int mode = 0; mode < 3; mode++)
            {
                for (int reservation = 0; reservation < 3; reservation++)
                {
                    for (int cut = 0; cut <= SlotLength; cut += 3)
                    {
                        FaultInjectingMedium medium = new FaultInjectingMedium();
                        CounterReservation counter = new CounterReservation(new RecordStore(medium), "rx", 8);
                        long accepted = 0;
                        medium.ArmCut(reservation, cut, (CutMode)mode);
                        try
                        {
                            for (int i = 0; i < peerValues.Length; i++)
                            {
                                counter.Observe(peerValues[i]);
                                accepted = peerValues[i];
                            }
                        }
                        catch (PowerLossException)
                        {
                        }

                        medium.Reboot();
                        CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "rx", 8);
                        Assert.IsTrue(rebooted.Floor >= accepted, "floor " + rebooted.Floor.ToString() + " below " + accepted.ToString());
                    }
                }
            }
        }

        [TestMethod]
        public void A_thousand_counters_with_block_256_write_the_flash_four_times()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            CounterReservation counter = new CounterReservation(store, "ctr", 256);
            for (int i = 1; i <= 1000; i++)
            {
                Assert.AreEqual((long)i, counter.Next());
            }

            Assert.AreEqual(4, store.WriteCount);
            Assert.AreEqual(1024L, counter.Reserved);
        }

        [TestMethod]
        public void A_reboot_skips_to_the_end_of_the_reserved_block_never_back()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            CounterReservation counter = new CounterReservation(new RecordStore(medium), "ctr", 100);
            for (int i = 0; i < 150; i++)
            {
                counter.Next();
            }

            CounterReservation rebooted = new CounterReservation(new RecordStore(medium), "ctr", 100);
            Assert.AreEqual(200L, rebooted.Floor);
            Assert.AreEqual(201L, rebooted.Next());
        }

        [TestMethod]
        public void The_protocol_rig_never_reaccepts_a_command_after_a_reboot()
        {
            ProtocolRig rig = new ProtocolRig(0x30);
            Shared.Crypto.Protocol.OwnerSession admin = rig.Pair(ProtocolRig.Sequence(32, 1));
            byte[] first = rig.Command(admin, (byte)Shared.Crypto.Protocol.ProtocolAction.Ping, null);
            Assert.AreEqual(0, rig.SendAndOpen(admin, first));
            ProtocolRig rebooted = rig.Reboot();
            VerifyOutcomeIs(rebooted, first);
        }

        private static void VerifyOutcomeIs(ProtocolRig rig, byte[] replay)
        {
            Shared.Crypto.Protocol.VerifyOutcome outcome = rig.Send(replay);
            Assert.IsTrue(outcome.Reason != 0, "a replay after reboot was accepted");
            Assert.AreEqual(0, rig.Handler.Count);
        }
    }
}
