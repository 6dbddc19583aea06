// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using nanoFramework.TestFramework;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>docs/device-vectors.json reproduced by the firmware codecs and the audit chain on the device runtime.</summary>
    [TestClass]
    public class DeviceVectorTests
    {
        private static byte[] V(string hex)
        {
            return TestBytes.FromHex(hex);
        }

        private static byte[] Garage(GarageSnapshot s)
        {
            byte[] b = new byte[GarageSnapshotCodec.Size];
            Assert.AreEqual(b.Length, GarageSnapshotCodec.Encode(s, b, 0));
            return b;
        }

        private static byte[] GarageSettingsBytes(GarageSettings s)
        {
            byte[] b = new byte[GarageSettingsCodec.Size];
            Assert.AreEqual(b.Length, GarageSettingsCodec.Encode(s, b, 0));
            return b;
        }

        private static byte[] Doorbell(DoorbellSnapshot s)
        {
            byte[] b = new byte[DoorbellSnapshotCodec.Size];
            Assert.AreEqual(b.Length, DoorbellSnapshotCodec.Encode(s, b, 0));
            return b;
        }

        private static AuditChain VectorChain()
        {
            AuditChain chain = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit");
            chain.Append(1000, 1800000000, ActorKind.LocalButton, 1, 0x00, 0x00, 1);
            chain.Append(65000, 1800000064, ActorKind.Owner, 1, GarageAction.Open, GarageReason.Done, 2);
            chain.Append(90000, 1800000089, ActorKind.Manual, 0, GarageAction.ObservedMove, 0x00, 3);
            return chain;
        }

        private static GarageSettings WildSettings()
        {
            GarageSettings wild = new GarageSettings();
            wild.PulseMs = 5000;
            wild.MinGapMs = 100;
            wild.WarningMs = 1000;
            wild.DepartureTimeoutMs = 60000;
            wild.TravelMarginMs = 0;
            wild.AutoCloseMinutes = 255;
            wild.Opener = OpenerKind.ToggleOnly;
            return wild;
        }

        [TestMethod]
        public void Garage_snapshot_of_a_closed_door_matches_the_vector()
        {
            GarageSnapshot s = new GarageSnapshot();
            s.State = DoorState.Closed;
            s.LastCause = ActorKind.Owner;
            s.LastCauseId = 1;
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSnapshotClosedOwner), Garage(s));
        }

        [TestMethod]
        public void Garage_snapshot_of_a_guest_close_matches_the_vector_and_its_documented_offsets()
        {
            GarageSnapshot s = new GarageSnapshot();
            s.State = DoorState.Closing;
            s.Locked = true;
            s.WarningActive = true;
            s.LastCause = ActorKind.Guest;
            s.LastCauseId = 0x01020304;
            s.Commanded = MotionDirection.Down;
            byte[] b = Garage(s);
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSnapshotClosingGuest), b);
            Assert.AreEqual((byte)4, b[0]);
            Assert.AreEqual((byte)(GarageSnapshotCodec.FlagWarning | GarageSnapshotCodec.FlagLocked), b[1]);
            Assert.AreEqual((byte)2, b[3]);
            Assert.AreEqual(0x01020304L, (long)BigEndian.ReadUInt32(b, 4));
        }

        [TestMethod]
        public void Garage_snapshot_of_an_arrival_fault_matches_the_vector()
        {
            GarageSnapshot s = new GarageSnapshot();
            s.State = DoorState.Fault;
            s.Obstructed = true;
            s.UnattendedCloseSuspended = true;
            s.FaultReason = GarageReason.ArrivalTimeout;
            s.LastCause = ActorKind.Manual;
            s.Commanded = MotionDirection.None;
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSnapshotFaultArrival), Garage(s));
        }

        [TestMethod]
        public void Garage_default_settings_encode_to_the_vector()
        {
            byte[] b = GarageSettingsBytes(new GarageSettings());
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSettingsDefaults), b);
            Assert.AreEqual(500, (int)BigEndian.ReadUInt16(b, 0));
            Assert.AreEqual(5000, (int)BigEndian.ReadUInt16(b, 4));
        }

        [TestMethod]
        public void Garage_custom_settings_encode_to_the_vector_and_decode_back()
        {
            GarageSettings custom = new GarageSettings();
            custom.PulseMs = 750;
            custom.MinGapMs = 2000;
            custom.WarningMs = 10000;
            custom.DepartureTimeoutMs = 5000;
            custom.TravelMarginMs = 8000;
            custom.AutoCloseMinutes = 15;
            custom.Opener = OpenerKind.SeparateButtons;
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSettingsCustom), GarageSettingsBytes(custom));
            byte[] bytes = V(DeviceVectors.GarageSettingsCustom);
            GarageSettings decoded = GarageSettingsCodec.TryDecode(bytes, 0, bytes.Length);
            Assert.IsNotNull(decoded);
            Assert.AreEqual(750, decoded.PulseMs);
            Assert.AreEqual(15, decoded.AutoCloseMinutes);
            Assert.AreEqual((int)OpenerKind.SeparateButtons, (int)decoded.Opener);
        }

        [TestMethod]
        public void An_out_of_range_settings_request_encodes_to_the_vector_and_clamps_to_the_effective_vector()
        {
            byte[] request = GarageSettingsBytes(WildSettings());
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSettingsRequestOutOfRange), request);
            GarageSettings decoded = GarageSettingsCodec.TryDecode(request, 0, request.Length);
            Assert.IsNotNull(decoded);
            CollectionAssert.AreEqual(V(DeviceVectors.GarageSettingsRequestOutOfRangeEffective), GarageSettingsBytes(decoded.Clamped()));
            Assert.IsNull(GarageSettingsCodec.TryDecode(request, 0, request.Length - 1));
        }

        [TestMethod]
        public void Doorbell_idle_snapshot_matches_the_vector()
        {
            DoorbellSnapshot idle = new DoorbellSnapshot();
            idle.Online = true;
            idle.ChimeEnabled = true;
            idle.MotionFitted = true;
            CollectionAssert.AreEqual(V(DeviceVectors.DoorbellSnapshotIdle), Doorbell(idle));
        }

        [TestMethod]
        public void Doorbell_muted_and_unlocked_snapshot_matches_the_vector_and_its_documented_offsets()
        {
            DoorbellSnapshot busy = new DoorbellSnapshot();
            busy.Online = true;
            busy.Muted = true;
            busy.MuteRemainingMs = 600400;
            busy.ChimeEnabled = true;
            busy.StrikeFitted = true;
            busy.StrikeUnlocked = true;
            busy.StrikeRemainingMs = 4500;
            busy.LastSequence = 42;
            busy.SuppressedPresses = 3;
            busy.QueuedEvents = 1;
            busy.DroppedEvents = 2;
            byte[] b = Doorbell(busy);
            CollectionAssert.AreEqual(V(DeviceVectors.DoorbellSnapshotMutedUnlocked), b);
            Assert.AreEqual(600, (int)BigEndian.ReadUInt16(b, 1));
            Assert.AreEqual(4500, (int)BigEndian.ReadUInt16(b, 3));
            Assert.AreEqual(42L, (long)BigEndian.ReadUInt32(b, 5));
        }

        [TestMethod]
        public void Doorbell_ring_event_vector_reads_back_with_the_documented_layout()
        {
            Assert.AreEqual(((int)DoorbellEventKind.Ring).ToString("x2"), DeviceVectors.DoorbellEventRingCode);
            byte[] ring = V(DeviceVectors.DoorbellEventRingData);
            Assert.AreEqual(DoorbellRuntimeBridge.EventDataSize, ring.Length);
            Assert.AreEqual(7L, (long)BigEndian.ReadUInt32(ring, 0));
            Assert.AreEqual((byte)1, ring[4]);
            Assert.AreEqual(5, (int)BigEndian.ReadUInt16(ring, 5));
        }

        [TestMethod]
        public void The_first_audit_entry_encodes_to_the_vector()
        {
            AuditEntry entry = new AuditEntry();
            Assert.IsTrue(VectorChain().TryGetEntry(1, entry));
            byte[] one = new byte[AuditEntry.EncodedSize];
            entry.Encode(one, 0);
            CollectionAssert.AreEqual(V(DeviceVectors.AuditEntry1), one);
        }

        [TestMethod]
        public void Audit_pages_encode_to_the_vectors()
        {
            AuditChain chain = VectorChain();
            byte[] page = new byte[AuditPage.MaxEncodedSize];
            int n = chain.EncodePage(1, 4, page, 0);
            CollectionAssert.AreEqual(V(DeviceVectors.AuditPageFrom1), ProtocolRig.Slice(page, 0, n));
            n = chain.EncodePage(3, 4, page, 0);
            CollectionAssert.AreEqual(V(DeviceVectors.AuditPageFrom3), ProtocolRig.Slice(page, 0, n));
        }

        [TestMethod]
        public void Audit_hashes_after_each_entry_match_the_vectors()
        {
            byte[] page = V(DeviceVectors.AuditPageFrom1);
            AuditPage parsed = new AuditPage();
            Assert.IsTrue(AuditPage.TryParse(page, 0, page.Length, parsed));
            string[] expected = new string[] { DeviceVectors.AuditHashAfter1, DeviceVectors.AuditHashAfter2, DeviceVectors.AuditHashAfter3 };
            for (int i = 0; i < expected.Length; i++)
            {
                byte[] hash = new byte[32];
                Assert.IsTrue(parsed.TryGetHashAfter(i + 1, hash));
                CollectionAssert.AreEqual(V(expected[i]), hash);
            }
        }

        [TestMethod]
        public void A_rewritten_audit_result_no_longer_verifies()
        {
            byte[] page = V(DeviceVectors.AuditPageFrom1);
            AuditPage parsed = new AuditPage();
            Assert.IsTrue(AuditPage.TryParse(page, 0, page.Length, parsed));
            Assert.IsTrue(parsed.Verify());
            page[74 + 22] ^= 1;
            Assert.IsTrue(AuditPage.TryParse(page, 0, page.Length, parsed));
            Assert.IsFalse(parsed.Verify());
        }
    }
}
