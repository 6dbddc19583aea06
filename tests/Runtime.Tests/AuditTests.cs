// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    public sealed class AuditTests
    {
        [Fact]
        public void ExecutedCommandIsAuditedWithItsOwnerActionResultAndState()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Actions.StateCode = 2;

            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(owner, 0x21));
            h.Service();

            AuditEntry entry = new AuditEntry();
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence, entry));
            Assert.Equal(ActorKind.Owner, entry.ActorKind);
            Assert.Equal(owner.KeyId, entry.ActorId);
            Assert.Equal(0x21, entry.Action);
            Assert.Equal((byte)ReasonCode.Done, entry.Result);
            Assert.Equal(2, entry.State);
        }

        [Fact]
        public void PairingIsAuditedAsALocalButtonAction()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));

            AuditEntry entry = new AuditEntry();
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence, entry));
            Assert.Equal(ActorKind.LocalButton, entry.ActorKind);
            Assert.Equal(owner.KeyId, entry.ActorId);
            Assert.Equal(DeviceRuntime.PairedAuditAction, entry.Action);
        }

        [Fact]
        public void ManualMovementIsAuditedEvenWhileOffline()
        {
            RuntimeHarness h = new RuntimeHarness();
            OutboundEvent moved = new OutboundEvent
            {
                Code = 1, Audit = true, Actor = ActorKind.Manual, ActorId = 0, Action = 0x3F, Result = 0, State = 2,
            };

            h.Runtime.QueueEvent(moved);
            h.Service();

            AuditEntry entry = new AuditEntry();
            Assert.Equal(1, h.Runtime.Audit.Count);
            Assert.True(h.Runtime.Audit.TryGetEntry(h.Runtime.Audit.LastSequence, entry));
            Assert.Equal(ActorKind.Manual, entry.ActorKind);
            Assert.Equal(0x3F, entry.Action);
            Assert.Equal(2, entry.State);
        }

        [Fact]
        public void AdminReadsAVerifiableAuditPageThatFitsOneResult()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            for (int i = 0; i < 6; i++)
            {
                h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)(0x21 + i)));
                h.Service();
            }

            byte[] from = new byte[8];
            BigEndian.WriteInt64(from, 0, 1);
            int before = h.Transport.Published.Count;
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.ReadAudit, from));
            h.Service();

            MemoryTransport.Sent result = Assert.Single(h.Transport.Published.Skip(before));
            DeviceMessage header = new DeviceMessage();
            byte[] plain = RuntimeHarness.Open(admin, result.Payload, header, out byte[] data);
            Assert.Equal((byte)ReasonCode.Done, plain[ProtocolConstants.ResultOffsetReason]);
            AuditPage page = new AuditPage();
            Assert.True(AuditPage.TryParse(data, 0, data.Length, page));
            Assert.True(page.Verify());
            Assert.Equal(1, page.FirstSequence);
            Assert.True(page.Count >= 1);
            AuditEntry entry = new AuditEntry();
            Assert.True(page.TryGetEntry(0, entry));
            Assert.Equal(ActorKind.LocalButton, entry.ActorKind);

            // Reading the chain is not itself an entry: 1 pairing + 6 commands.
            Assert.Equal(7, h.Runtime.Audit.LastSequence);
        }

        [Fact]
        public void ReadingTheAuditPersistsThePendingTailBeforeAnsweringSoASeenHeadSurvivesAPowerCut()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, 0x21));
            h.Service();
            Assert.True(h.Runtime.Audit.PendingCount > 0);

            byte[] from = new byte[8];
            BigEndian.WriteInt64(from, 0, 1);
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.ReadAudit, from));
            h.Service();

            Assert.Equal(0, h.Runtime.Audit.PendingCount);
        }
    }
}
