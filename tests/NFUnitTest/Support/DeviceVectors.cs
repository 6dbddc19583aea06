// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace NFUnitTest
{
    /// <summary>
    /// docs/device-vectors.json as constants (no file system or JSON on nanoFramework). DeviceSurface.Tests
    /// (VectorDriftTests) compares this table with the file, so the two cannot drift apart.
    /// </summary>
    public static class DeviceVectors
    {
        /// <summary>garage.snapshot.closed_owner.</summary>
        public const string GarageSnapshotClosedOwner = "010000010000000100";

        /// <summary>garage.snapshot.closing_guest.</summary>
        public const string GarageSnapshotClosingGuest = "040a00020102030402";

        /// <summary>garage.snapshot.fault_arrival.</summary>
        public const string GarageSnapshotFaultArrival = "060551040000000000";

        /// <summary>garage.settings.defaults.</summary>
        public const string GarageSettingsDefaults = "01f405dc13880fa013880000";

        /// <summary>garage.settings.custom.</summary>
        public const string GarageSettingsCustom = "02ee07d0271013881f400f01";

        /// <summary>garage.settings.request_out_of_range.</summary>
        public const string GarageSettingsRequestOutOfRange = "1388006403e8ea600000ff00";

        /// <summary>garage.settings.request_out_of_range.effective.</summary>
        public const string GarageSettingsRequestOutOfRangeEffective = "03e801f41388271003e8f000";

        /// <summary>doorbell.snapshot.idle.</summary>
        public const string DoorbellSnapshotIdle = "4900000000000000000000000000";

        /// <summary>doorbell.snapshot.muted_unlocked.</summary>
        public const string DoorbellSnapshotMutedUnlocked = "3b025811940000002a0003010002";

        /// <summary>doorbell.event.ring.code.</summary>
        public const string DoorbellEventRingCode = "01";

        /// <summary>doorbell.event.ring.data.</summary>
        public const string DoorbellEventRingData = "00000007010005";

        /// <summary>audit.entry.1.</summary>
        public const string AuditEntry1 = "0000000100000000000003e86b49d2000000000105000001";

        /// <summary>audit.page.from_1.</summary>
        public const string AuditPageFrom1 = "0103000000010000000300000000000000000000000000000000000000000000000000000000000000008529525a18db197d8e0c801865a0a79a8c6a69caedd9ad037dbdcccd63172fe90000000100000000000003e86b49d200000000010500000100000002000000000000fde86b49d2400000000101210002000000030000000000015f906b49d25900000000043f0003";

        /// <summary>audit.hash_after.1.</summary>
        public const string AuditHashAfter1 = "8204e3db064e7207057308f9b9eadab065059702c092bb90ae8e9b3a36ec8db0";

        /// <summary>audit.hash_after.2.</summary>
        public const string AuditHashAfter2 = "948baf752ee3fcef945b0c7181a7b8be7199a164a70961fb88f0939c15e27c5d";

        /// <summary>audit.hash_after.3.</summary>
        public const string AuditHashAfter3 = "8529525a18db197d8e0c801865a0a79a8c6a69caedd9ad037dbdcccd63172fe9";

        /// <summary>audit.page.from_3.</summary>
        public const string AuditPageFrom3 = "01010000000300000003948baf752ee3fcef945b0c7181a7b8be7199a164a70961fb88f0939c15e27c5d8529525a18db197d8e0c801865a0a79a8c6a69caedd9ad037dbdcccd63172fe9000000030000000000015f906b49d25900000000043f0003";

        /// <summary>Every vector as (file name, value) pairs, in file order: what the host drift test compares.</summary>
        public static readonly string[] Table = new string[]
        {
            "garage.snapshot.closed_owner", GarageSnapshotClosedOwner,
            "garage.snapshot.closing_guest", GarageSnapshotClosingGuest,
            "garage.snapshot.fault_arrival", GarageSnapshotFaultArrival,
            "garage.settings.defaults", GarageSettingsDefaults,
            "garage.settings.custom", GarageSettingsCustom,
            "garage.settings.request_out_of_range", GarageSettingsRequestOutOfRange,
            "garage.settings.request_out_of_range.effective", GarageSettingsRequestOutOfRangeEffective,
            "doorbell.snapshot.idle", DoorbellSnapshotIdle,
            "doorbell.snapshot.muted_unlocked", DoorbellSnapshotMutedUnlocked,
            "doorbell.event.ring.code", DoorbellEventRingCode,
            "doorbell.event.ring.data", DoorbellEventRingData,
            "audit.entry.1", AuditEntry1,
            "audit.page.from_1", AuditPageFrom1,
            "audit.hash_after.1", AuditHashAfter1,
            "audit.hash_after.2", AuditHashAfter2,
            "audit.hash_after.3", AuditHashAfter3,
            "audit.page.from_3", AuditPageFrom3,
        };
    }
}
