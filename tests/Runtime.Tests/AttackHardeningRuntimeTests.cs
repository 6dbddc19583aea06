// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>Issue #10 items 3, 4, 6 and 10 through the whole runtime: queue, audit chain, records, reboots.</summary>
    public sealed class AttackHardeningRuntimeTests
    {
        [Fact]
        public void ABatchOfSlowActionsCannotStretchTheFreshnessWindowOfTheLastQueuedCommand()
        {
            SlowActions slow = new SlowActions();
            FakeClock clock = new FakeClock();
            slow.Clock = clock;
            RuntimeHarness h = new RuntimeHarness(new Shared.Crypto.Storage.MemoryStorageMedium(), 7, slow, clock);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));

            // The broker withholds a Close built now with the current nonce...
            long builtAt = clock.Now;
            byte[] withheld = h.Command(admin, 0x21);

            // ...waits until just before that nonce dies (two rotations), meanwhile queueing seven slow commands...
            clock.Now += ProtocolConstants.NonceRotationMs;
            h.Service();
            List<byte[]> slowOnes = new List<byte[]>();
            for (int i = 0; i < DeviceRuntime.MaxMessagesPerService - 1; i++)
            {
                slowOnes.Add(h.Command(admin, 0x20));
            }

            clock.Now = builtAt + ProtocolConstants.FreshnessWindowMs - 100;
            foreach (byte[] command in slowOnes)
            {
                h.Transport.Deliver(h.Runtime.CommandTopic, command);
            }

            // ...and delivers the withheld one last in the same batch. Each slow action takes 3.5 s.
            h.Transport.Deliver(h.Runtime.CommandTopic, withheld);
            h.Service();

            Assert.True(clock.Now - builtAt >= 84400, "the batch took " + (clock.Now - builtAt) + " ms");
            Assert.Equal(Enumerable.Repeat((byte)0x20, 7), slow.Executed);
            Assert.DoesNotContain((byte)0x21, slow.Executed);
        }

        [Fact]
        public void GuestPassesKeepWorkingAfterARebootWithoutAnyAdminCommand()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 31);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();
            GuestPass pass = Pass(40, 3);
            OwnerSession guest = OwnerSession.ForGuest(h.Backend, h.Runtime.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);

            RuntimeHarness rebooted = new RuntimeHarness(h.Storage, 32);
            rebooted.Transport.Connect();
            rebooted.Service();
            rebooted.Transport.Deliver(rebooted.Runtime.CommandTopic, rebooted.Command(guest, 0x21));
            rebooted.Service();

            Assert.Equal(new byte[] { 0x21 }, rebooted.Actions.Executed);
            Assert.Equal((byte)ReasonCode.Done, LastReason(rebooted, guest, GuestTopic(rebooted, admin, 40)));
        }

        [Fact]
        public void TheTimeLowerBoundIsWrittenOnceAnHourNotPerCommand()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 33);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();
            string first = TimeRecordBytes(h);
            Assert.NotEmpty(first);

            // 300 admin commands over 50 minutes: no write. Past the hour: one.
            for (int i = 0; i < 300; i++)
            {
                h.Clock.Now += 10000;
                h.Transport.Deliver(h.Runtime.CommandTopic, TimedCommand(h, admin, (byte)ProtocolAction.Ping, RuntimeHarness.OwnerTime + ((i + 1) * 10)));
                h.Service();
            }

            Assert.Equal(first, TimeRecordBytes(h));
            h.Clock.Now += 700000;
            h.Service();
            Assert.NotEqual(first, TimeRecordBytes(h));
        }

        [Fact]
        public void AnAdminTimeThatTheAuditFieldCannotHoldIsRefusedButStillAudited()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 34);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            long before = h.Runtime.Audit.LastSequence;
            h.Transport.Deliver(h.Runtime.CommandTopic, TimedCommand(h, admin, 0x21, 1L << 32));
            h.Service();

            Assert.Empty(h.Actions.Executed);
            Assert.Equal(before + 1, h.Runtime.Audit.LastSequence);
            AuditEntry entry = new AuditEntry();
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence, entry));
            Assert.Equal((byte)ReasonCode.BadTime, entry.Result);
            Assert.Equal(0, h.Runtime.AuditFailures);
        }

        [Fact]
        public void AMemberCannotPushThePairingHistoryOutOfTheAuditLog()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 35);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            OwnerSession member = h.Pair(RuntimeHarness.Fill(32, 0x51));
            long afterPairing = h.Runtime.Audit.LastSequence; // two pairings and the admin's invite
            for (int i = 0; i < 2 * AuditChain.DefaultCapacity; i++)
            {
                h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(member, (byte)ProtocolAction.Ping));
                h.Service();
            }

            Assert.Equal(1, h.Runtime.Audit.FirstSequence);
            Assert.Equal(3, afterPairing);
            Assert.Equal(afterPairing + ProtocolConstants.AuditBucketCapacity, h.Runtime.Audit.LastSequence);

            // A minute later the member has budget again: one summary entry says how many were not written.
            h.Clock.Now += ProtocolConstants.AuditBucketRefillMs;
            h.Service();
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(member, (byte)ProtocolAction.Ping));
            h.Service();
            AuditEntry entry = new AuditEntry();
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence - 1, entry));
            Assert.Equal(DeviceRuntime.SuppressedAuditAction, entry.Action);
            Assert.Equal((2 * AuditChain.DefaultCapacity) - ProtocolConstants.AuditBucketCapacity, entry.Result);
            Assert.Equal(member.KeyId, entry.ActorId);
        }

        [Fact]
        public void ADeadPassIsAuditedOnceHoweverOftenItIsTried()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 36);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();
            GuestPass pass = Pass(41, 1);
            OwnerSession guest = OwnerSession.ForGuest(h.Backend, h.Runtime.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            for (int i = 0; i < 6; i++)
            {
                h.Clock.Now += 1000;
                h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(guest, 0x21));
                h.Service();
            }

            int usedUp = 0;
            AuditEntry entry = new AuditEntry();
            for (long s = h.Runtime.Audit.FirstSequence; s <= h.Runtime.Audit.LastSequence; s++)
            {
                Assert.True(h.Runtime.Audit.TryGetEntry(s, entry));
                usedUp += entry.Result == (byte)ReasonCode.PassUsedUp ? 1 : 0;
            }

            Assert.Equal(1, usedUp);
            Assert.Equal(2, h.Transport.Published.Count(p => p.Topic == GuestTopic(h, admin, 41)));
        }

        private static GuestPass Pass(uint id, byte uses)
        {
            return new GuestPass
            {
                PassId = id, Epoch = 0, ActionMask = 1u << 1, MaxUses = uses,
                NotBefore = RuntimeHarness.OwnerTime - 60, NotAfter = RuntimeHarness.OwnerTime + 86400,
            };
        }

        private static string GuestTopic(RuntimeHarness h, OwnerSession admin, uint passId)
        {
            return ProtocolTopics.GuestOutbound(h.Runtime.DeviceId, admin.KeyId, passId);
        }

        private static byte LastReason(RuntimeHarness h, OwnerSession session, string topic)
        {
            byte[] plain = RuntimeHarness.Open(session, h.Transport.Published.Last(p => p.Topic == topic).Payload, new DeviceMessage(), out _);
            return plain[ProtocolConstants.ResultOffsetReason];
        }

        private static byte[] TimedCommand(RuntimeHarness h, OwnerSession session, byte action, long ownerTime)
        {
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = session.SealCommand(h.LatestNonce(), 0, ownerTime, action, null, 0, 0, output, 0);
            return output.AsSpan(0, n).ToArray();
        }

        private static string TimeRecordBytes(RuntimeHarness h)
        {
            byte[] a = h.Storage.GetRaw(TrustedTimeRecord.RecordName + ".0");
            byte[] b = h.Storage.GetRaw(TrustedTimeRecord.RecordName + ".1");
            return (a == null ? string.Empty : Convert.ToHexString(a)) + "/" + (b == null ? string.Empty : Convert.ToHexString(b));
        }

        /// <summary>A firmware whose every action takes 3.5 s of (fake) time.</summary>
        private sealed class SlowActions : IDeviceActions
        {
            public FakeClock Clock { get; set; }

            public List<byte> Executed { get; } = new List<byte>();

            public byte StateCode => 0;

            public byte Execute(CommandContext context)
            {
                Executed.Add(context.Action);
                Clock.Now += 3500;
                return 0;
            }

            public void RestoreDefaults()
            {
            }
        }
    }
}
