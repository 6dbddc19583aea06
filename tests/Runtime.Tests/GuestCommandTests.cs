// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Xunit;

namespace Runtime.Tests
{
    public sealed class GuestCommandTests
    {
        [Fact]
        public void GuestPassResultGoesToTheGuestTopicAndTheUseIsAudited()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();
            GuestPass pass = new GuestPass
            {
                PassId = 77, Epoch = 0, ActionMask = 1u << 1, MaxUses = 2,
                NotBefore = RuntimeHarness.OwnerTime - 60, NotAfter = RuntimeHarness.OwnerTime + 3600,
            };
            OwnerSession guest = OwnerSession.ForGuest(h.Backend, h.Runtime.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            string guestTopic = ProtocolTopics.GuestOutbound(h.Runtime.DeviceId, admin.KeyId, 77);

            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(guest, 0x21));
            h.Service();
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(guest, 0x22));
            h.Service();

            MemoryTransport.Sent[] answers = h.Transport.Published.Where(p => p.Topic == guestTopic).ToArray();
            Assert.Equal(2, answers.Length);
            byte[] allowed = RuntimeHarness.Open(guest, answers[0].Payload, new DeviceMessage(), out _);
            byte[] refused = RuntimeHarness.Open(guest, answers[1].Payload, new DeviceMessage(), out _);
            Assert.Equal((byte)ReasonCode.Done, allowed[ProtocolConstants.ResultOffsetReason]);
            Assert.Equal((byte)ReasonCode.PassActionNotAllowed, refused[ProtocolConstants.ResultOffsetReason]);
            Assert.Equal(new byte[] { 0x21 }, h.Actions.Executed);

            AuditEntry entry = new AuditEntry();
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence - 1, entry));
            Assert.Equal(ActorKind.Guest, entry.ActorKind);
            Assert.Equal(77, entry.ActorId);
            Assert.Equal(0x21, entry.Action);
        }

        [Fact]
        public void AUsedUpPassStaysUsedUpAfterARestart()
        {
            RuntimeHarness h = new RuntimeHarness(seed: 12);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();
            GuestPass pass = new GuestPass
            {
                PassId = 5, Epoch = 0, ActionMask = 1u << 1, MaxUses = 1,
                NotBefore = RuntimeHarness.OwnerTime - 60, NotAfter = RuntimeHarness.OwnerTime + 3600,
            };
            OwnerSession guest = OwnerSession.ForGuest(h.Backend, h.Runtime.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(guest, 0x21));
            h.Service();
            Assert.Single(h.Actions.Executed);

            RuntimeHarness rebooted = new RuntimeHarness(h.Storage, 13);
            rebooted.Transport.Connect();
            rebooted.Service();
            // After a reboot the admin resumes above the persisted floor (CounterResync), then its Ping sets the time.
            string adminTopic = ProtocolTopics.OwnerOutbound(rebooted.Runtime.DeviceId, admin.KeyId);
            rebooted.Transport.Deliver(rebooted.Runtime.CommandTopic, rebooted.Command(admin, (byte)ProtocolAction.Ping));
            rebooted.Service();
            byte[] resync = RuntimeHarness.Open(admin, rebooted.Transport.Published.Last(p => p.Topic == adminTopic).Payload, new DeviceMessage(), out _);
            Assert.Equal((byte)ReasonCode.CounterResync, resync[ProtocolConstants.ResultOffsetReason]);
            rebooted.Transport.Deliver(rebooted.Runtime.CommandTopic, rebooted.Command(admin, (byte)ProtocolAction.Ping));
            rebooted.Service();
            byte[] ping = RuntimeHarness.Open(admin, rebooted.Transport.Published.Last(p => p.Topic == adminTopic).Payload, new DeviceMessage(), out _);
            Assert.Equal((byte)ReasonCode.Done, ping[ProtocolConstants.ResultOffsetReason]);

            rebooted.Transport.Deliver(rebooted.Runtime.CommandTopic, rebooted.Command(guest, 0x21));
            rebooted.Service();

            Assert.Empty(rebooted.Actions.Executed);
            string guestTopic = ProtocolTopics.GuestOutbound(rebooted.Runtime.DeviceId, admin.KeyId, 5);
            byte[] refused = RuntimeHarness.Open(guest, rebooted.Transport.Published.Last(p => p.Topic == guestTopic).Payload, new DeviceMessage(), out _);
            Assert.Equal((byte)ReasonCode.PassUsedUp, refused[ProtocolConstants.ResultOffsetReason]);
        }
    }
}
