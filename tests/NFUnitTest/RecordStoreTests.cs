// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.TestFramework;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>The two-slot record store on <see cref="MemoryStorageMedium"/>: layout, fallback, bad slots, limits.</summary>
    [TestClass]
    public class RecordStoreTests
    {
        internal static byte[] Bytes(int length, int seed)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)((i * 31) + (seed * 7) + 1);
            }

            return data;
        }

        internal static byte[] LoadAll(RecordStore store, string name)
        {
            byte[] buffer = new byte[store.MaxPayloadLength];
            int length = store.Load(name, buffer);
            return length < 0 ? null : ProtocolRig.Slice(buffer, 0, length);
        }

        [TestMethod]
        public void Load_of_an_absent_record_returns_minus_one()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            Assert.AreEqual(-1, store.Load("owners", new byte[16]));
        }

        [TestMethod]
        public void Saved_payloads_of_every_size_load_back_after_a_reboot()
        {
            int[] lengths = new int[] { 0, 1, 100, RecordStore.DefaultMaxPayloadLength };
            for (int i = 0; i < lengths.Length; i++)
            {
                MemoryStorageMedium medium = new MemoryStorageMedium();
                byte[] payload = Bytes(lengths[i], i);
                new RecordStore(medium).Save("rec", payload, 0, payload.Length);
                CollectionAssert.AreEqual(payload, LoadAll(new RecordStore(medium), "rec"));
            }
        }

        [TestMethod]
        public void Save_honours_offset_and_count()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium).Save("rec", new byte[] { 9, 9, 1, 2, 3, 9 }, 2, 3);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [TestMethod]
        public void Saves_alternate_slots_and_the_newest_generation_wins()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            Assert.IsNotNull(medium.GetRaw("rec.0"));
            Assert.IsNull(medium.GetRaw("rec.1"));
            store.Save("rec", new byte[] { 2 }, 0, 1);
            Assert.IsNotNull(medium.GetRaw("rec.1"));
            store.Save("rec", new byte[] { 3 }, 0, 1);
            CollectionAssert.AreEqual(new byte[] { 3 }, LoadAll(new RecordStore(medium), "rec"));
            Assert.AreEqual((byte)3, medium.GetRaw("rec.0")[15]);
            Assert.AreEqual((byte)2, medium.GetRaw("rec.1")[15]);
        }

        [TestMethod]
        public void A_store_started_on_existing_slots_overwrites_the_older_one()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore first = new RecordStore(medium);
            first.Save("rec", new byte[] { 1 }, 0, 1);
            first.Save("rec", new byte[] { 2 }, 0, 1);
            byte[] newest = medium.GetRaw("rec.1");
            new RecordStore(medium).Save("rec", new byte[] { 3 }, 0, 1);
            CollectionAssert.AreEqual(newest, medium.GetRaw("rec.1"));
            CollectionAssert.AreEqual(new byte[] { 3 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [TestMethod]
        public void Slot_layout_is_magic_version_length_generation_payload_and_a_truncated_sha256()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium).Save("rec", new byte[] { 0xAA, 0xBB }, 0, 2);
            byte[] slot = medium.GetRaw("rec.0");
            byte[] header = new byte[] { 0x4F, 0x4B, 0x52, 0x53, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0xAA, 0xBB };
            Assert.AreEqual(header.Length + 16, slot.Length);
            CollectionAssert.AreEqual(header, ProtocolRig.Slice(slot, 0, header.Length));
            byte[] digest = new byte[Shared.Crypto.Primitives.Sha256.HashSize];
            Shared.Crypto.Primitives.Sha256.Hash(header, 0, header.Length, digest, 0);
            CollectionAssert.AreEqual(ProtocolRig.Slice(digest, 0, 16), ProtocolRig.Slice(slot, header.Length, 16));
        }

        [TestMethod]
        public void Flipping_any_bit_of_the_newest_slot_falls_back_to_the_previous_value()
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
                CollectionAssert.AreEqual(Bytes(40, 1), LoadAll(new RecordStore(medium), "rec"), "bit " + i.ToString());
            }
        }

        [TestMethod]
        public void Corrupt_truncated_oversized_or_foreign_slots_are_ignored_without_throwing()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium, 64).Save("rec", Bytes(10, 3), 0, 10);
            byte[] valid = medium.GetRaw("rec.0");
            byte[][] bad = new byte[][]
            {
                new byte[0],
                ProtocolRig.Slice(valid, 0, valid.Length - 1),
                ProtocolRig.Slice(valid, 0, 15),
                new byte[500],
                Bytes(valid.Length, 4),
            };
            for (int i = 0; i < bad.Length; i++)
            {
                medium.SetRaw("rec.0", bad[i]);
                medium.SetRaw("rec.1", bad[i]);
                Assert.AreEqual(-1, new RecordStore(medium, 64).Load("rec", new byte[64]), "case " + i.ToString());
            }

            byte[] lying = (byte[])valid.Clone();
            lying[6] = 0xFF;
            medium.SetRaw("rec.0", lying);
            Assert.AreEqual(-1, new RecordStore(medium, 64).Load("rec", new byte[64]));
            medium.SetRaw("rec.0", valid);
            Assert.AreEqual(-1, new RecordStore(medium, 5).Load("rec", new byte[64]));
        }

        [TestMethod]
        public void Load_into_a_too_small_buffer_throws_instead_of_pretending_the_record_is_absent()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            new RecordStore(medium).Save("rec", new byte[10], 0, 10);
            RecordStore store = new RecordStore(medium);
            Assert.ThrowsException(typeof(ArgumentException), () => store.Load("rec", new byte[9]));
        }

        [TestMethod]
        public void Invalid_names_are_refused()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            string[] names = new string[] { string.Empty, "a/b", "a\\b", "a b", "abcdefghijklmnopqrstuvwxyz0123456" };
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                Assert.ThrowsException(typeof(ArgumentException), () => store.Save(name, new byte[1], 0, 1));
            }
        }

        [TestMethod]
        public void A_payload_above_the_limit_is_refused()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium(), 8);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Save("rec", new byte[9], 0, 9));
        }

        [TestMethod]
        public void Erase_removes_both_slots_and_a_new_record_starts_over()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("rec", new byte[] { 1 }, 0, 1);
            store.Save("rec", new byte[] { 2 }, 0, 1);
            store.Erase("rec");
            Assert.AreEqual(0, medium.FileCount);
            Assert.AreEqual(-1, store.Load("rec", new byte[4]));
            store.Save("rec", new byte[] { 7 }, 0, 1);
            CollectionAssert.AreEqual(new byte[] { 7 }, LoadAll(new RecordStore(medium), "rec"));
        }

        [TestMethod]
        public void Write_count_counts_slot_writes_and_loads_write_nothing()
        {
            RecordStore store = new RecordStore(new MemoryStorageMedium());
            for (int i = 0; i < 5; i++)
            {
                store.Save("rec", new byte[1], 0, 1);
            }

            store.Load("rec", new byte[1]);
            Assert.AreEqual(5, store.WriteCount);
        }

        [TestMethod]
        public void Records_are_independent()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            RecordStore store = new RecordStore(medium);
            store.Save("a", new byte[] { 1 }, 0, 1);
            store.Save("b", new byte[] { 2, 2 }, 0, 2);
            store.Save("a", new byte[] { 3 }, 0, 1);
            RecordStore rebooted = new RecordStore(medium);
            CollectionAssert.AreEqual(new byte[] { 3 }, LoadAll(rebooted, "a"));
            CollectionAssert.AreEqual(new byte[] { 2, 2 }, LoadAll(rebooted, "b"));
        }
    }
}
