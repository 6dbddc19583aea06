// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    public sealed class CommandPipelineTests
    {
        private const byte DeviceAction = 0x21;

        [Fact]
        public void ConnectPublishesTheRetainedNonceForTheDevice()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();

            MemoryTransport.Sent nonce = Assert.Single(h.Transport.Published);
            Assert.Equal(ProtocolTopics.Nonce(h.Runtime.DeviceId), nonce.Topic);
            Assert.True(nonce.Retain);
            Assert.Equal(new[] { h.Runtime.CommandTopic, ProtocolTopics.PairingRequest(h.Runtime.DeviceId) }, h.Transport.Topics);
            Assert.Equal(ProtocolTopics.Status(h.Runtime.DeviceId), h.Transport.StatusTopic);
        }

        [Fact]
        public void RotatedNonceIsRepublishedAndANewConnectionGetsItAgain()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            byte[] first = h.LatestNonce();

            h.Clock.Now += ProtocolConstants.NonceRotationMs;
            h.Service();
            byte[] second = h.LatestNonce();
            Assert.NotEqual(first, second);
            Assert.Equal(2, h.Transport.Published.Count);

            h.Transport.Disconnect();
            h.Transport.Connect();
            h.Service();
            Assert.Equal(3, h.Transport.Published.Count);
            Assert.Equal(second, h.LatestNonce());
        }

        [Fact]
        public void AuthenticCommandRunsOnceAndItsSealedResultGoesToTheOwnersTopic()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Actions.StateCode = 7;
            int before = h.Transport.Published.Count;

            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(owner, DeviceAction));
            h.Service();

            Assert.Equal(new byte[] { DeviceAction }, h.Actions.Executed);
            MemoryTransport.Sent result = Assert.Single(h.Transport.Published.Skip(before));
            Assert.Equal(ProtocolTopics.OwnerOutbound(h.Runtime.DeviceId, owner.KeyId), result.Topic);
            Assert.False(result.Retain);
            DeviceMessage header = new DeviceMessage();
            byte[] plain = RuntimeHarness.Open(owner, result.Payload, header, out byte[] data);
            Assert.Equal(MessageType.Result, header.Type);
            Assert.Equal((byte)ReasonCode.Done, plain[ProtocolConstants.ResultOffsetReason]);
            Assert.Equal(new byte[] { 7 }, data);
            Assert.Equal(1, h.Runtime.Answered);
        }

        [Fact]
        public void ReplayedCommandIsNotExecutedTwiceAndGetsNoAnswer()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            byte[] command = h.Command(owner, DeviceAction);
            h.Transport.Deliver(h.Runtime.CommandTopic, command);
            h.Service();
            int before = h.Transport.Published.Count;

            h.Transport.Deliver(h.Runtime.CommandTopic, command);
            h.Service();

            Assert.Single(h.Actions.Executed);
            Assert.Equal(before, h.Transport.Published.Count);
            Assert.Equal(1, h.Runtime.Unanswered);
        }

        [Fact]
        public void GarbageOnTheCommandTopicIsCountedButNeverAnswered()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            int before = h.Transport.Published.Count;

            h.Transport.Deliver(h.Runtime.CommandTopic, new byte[] { 1, 2, 3 });
            h.Transport.Deliver(h.Runtime.CommandTopic, RuntimeHarness.Fill(ProtocolConstants.MinCommandSize, 1));
            h.Transport.Deliver(h.Runtime.CommandTopic, new byte[0]);
            h.Service();

            Assert.Equal(before, h.Transport.Published.Count);
            Assert.Equal(3, h.Runtime.Unanswered);
            Assert.Empty(h.Actions.Executed);
        }

        [Fact]
        public void RetainedCommandIsIgnoredEvenWhenAuthentic()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            int before = h.Transport.Published.Count;

            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(owner, DeviceAction), retained: true);
            h.Service();

            Assert.Empty(h.Actions.Executed);
            Assert.Equal(before, h.Transport.Published.Count);
            Assert.Equal(1, h.Runtime.Unanswered);
        }

        [Fact]
        public void AFloodNeverGrowsTheInboundQueuePastItsCapacity()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            for (int i = 0; i < 100; i++)
            {
                h.Transport.Deliver(h.Runtime.CommandTopic, RuntimeHarness.Fill(ProtocolConstants.MinCommandSize, i));
            }

            Assert.Equal(DeviceRuntime.InboundCapacity, h.Runtime.Inbound.Count);
            Assert.Equal(100 - DeviceRuntime.InboundCapacity, h.Runtime.Inbound.DroppedFull);

            h.Transport.Deliver(h.Runtime.CommandTopic, new byte[ProtocolConstants.MaxCommandSize + 1]);
            Assert.Equal(1, h.Runtime.Inbound.DroppedOversize);
        }

        [Fact]
        public void MessagesOnOtherTopicsAreNotQueued()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Deliver("okf/v1/0000000000000000/cmd", new byte[] { 1 });
            Assert.Equal(0, h.Runtime.Inbound.Count);
        }

        [Fact]
        public void PairingRequestWithoutTheSetupButtonGetsNoKey()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            Shared.Crypto.Pairing.OwnerPairing owner = new Shared.Crypto.Pairing.OwnerPairing(h.Backend,
                Shared.Crypto.Pairing.PairingUri.TryParse(h.Runtime.PairingUri), RuntimeHarness.Fill(32, 0x31), RuntimeHarness.Fill(16, 1));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(h.LatestNonce(), request, 0);
            int before = h.Transport.Published.Count;

            h.Transport.Deliver(ProtocolTopics.PairingRequest(h.Runtime.DeviceId), request);
            h.Service();

            Assert.Equal(0, h.Runtime.Registry.Count);
            Assert.Equal(before, h.Transport.Published.Count);
            Assert.False(h.Runtime.IsPairingWindowOpen);
        }

        [Fact]
        public void SetupButtonOpensThePairingWindowAndStatusShowsIt()
        {
            RuntimeHarness h = new RuntimeHarness();
            Assert.Equal(RuntimeStatus.Offline, h.Runtime.Status);
            h.Transport.Connect();
            h.Service();
            Assert.Equal(RuntimeStatus.Online, h.Runtime.Status);

            h.Runtime.RequestPairingWindow();
            Assert.Equal(RuntimeStatus.Pairing, h.Runtime.Status);
            h.Service();
            Assert.True(h.Runtime.IsPairingWindowOpen);

            h.Clock.Now += ProtocolConstants.PairingWindowMs;
            h.Service();
            Assert.False(h.Runtime.IsPairingWindowOpen);
        }

        [Fact]
        public void EventsAreSealedToEveryOwnerOnlyWhileOnline()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession first = h.Pair(RuntimeHarness.Fill(32, 0x11));
            OwnerSession second = h.Pair(RuntimeHarness.Fill(32, 0x51));
            int before = h.Transport.Published.Count;
            OutboundEvent e = new OutboundEvent { Code = 0x01, Length = 2 };
            e.Data[0] = 0xAB;
            e.Data[1] = 0xCD;

            h.Runtime.QueueEvent(e);
            h.Service();

            MemoryTransport.Sent[] sent = h.Transport.Published.Skip(before).ToArray();
            Assert.Equal(2, sent.Length);
            DeviceMessage header = new DeviceMessage();
            byte[] plain = RuntimeHarness.Open(first, sent.Single(s => s.Topic.EndsWith("/out/" + first.KeyId.ToString("x2"))).Payload, header, out byte[] data);
            Assert.Equal(MessageType.Event, header.Type);
            Assert.Equal(0x01, plain[0]);
            Assert.Equal(new byte[] { 0xAB, 0xCD }, data);
            RuntimeHarness.Open(second, sent.Single(s => s.Topic.EndsWith("/out/" + second.KeyId.ToString("x2"))).Payload, header, out data);
            Assert.Equal(new byte[] { 0xAB, 0xCD }, data);

            h.Transport.Disconnect();
            h.Runtime.QueueEvent(e);
            h.Service();
            Assert.Equal(before + 2, h.Transport.Published.Count);
        }

        [Fact]
        public void EventsDuringAnOutageReachEveryOwnerOnReconnectOldestFirstWithTheirOriginalTime()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            string topic = "/out/" + owner.KeyId.ToString("x2");

            h.Transport.Disconnect();
            for (byte i = 1; i <= 3; i++)
            {
                OutboundEvent moved = new OutboundEvent { Code = 0x01, Length = 1, UtcSeconds = 1800000000 + i };
                moved.Data[0] = i;
                h.Runtime.QueueEvent(moved);
                h.Service();
            }

            Assert.DoesNotContain(h.Transport.Published, s => s.Topic.EndsWith(topic));
            Assert.Equal(3, h.Runtime.HeldEvents.Count);

            h.Transport.Connect();
            h.Service();

            MemoryTransport.Sent[] sent = h.Transport.Published.Where(s => s.Topic.EndsWith(topic)).ToArray();
            Assert.Equal(3, sent.Length);
            DeviceMessage header = new DeviceMessage();
            for (int i = 0; i < 3; i++)
            {
                byte[] plain = RuntimeHarness.Open(owner, sent[i].Payload, header, out byte[] data);
                Assert.Equal(new byte[] { (byte)(i + 1) }, data);
                Assert.Equal(1800000000 + i + 1, BigEndian.ReadInt64(plain, ProtocolConstants.EventOffsetTime));
            }

            Assert.Equal(0, h.Runtime.HeldEvents.Count);
        }

        [Fact]
        public void ALongOutageKeepsTheNewestEventsAndCountsTheDropped()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            string topic = "/out/" + owner.KeyId.ToString("x2");

            h.Transport.Disconnect();
            int total = DeviceRuntime.HeldEventCapacity + 3;
            for (int i = 1; i <= total; i++)
            {
                OutboundEvent moved = new OutboundEvent { Code = 0x01, Length = 1 };
                moved.Data[0] = (byte)i;
                h.Runtime.QueueEvent(moved);
                h.Service();
            }

            h.Transport.Connect();
            h.Service();

            MemoryTransport.Sent[] sent = h.Transport.Published.Where(s => s.Topic.EndsWith(topic)).ToArray();
            Assert.Equal(DeviceRuntime.HeldEventCapacity, sent.Length);
            RuntimeHarness.Open(owner, sent[0].Payload, new DeviceMessage(), out byte[] first);
            RuntimeHarness.Open(owner, sent[sent.Length - 1].Payload, new DeviceMessage(), out byte[] last);
            Assert.Equal(new byte[] { 4 }, first);
            Assert.Equal(new byte[] { (byte)total }, last);
            Assert.Equal(3, h.Runtime.HeldEvents.Dropped);
        }
    }
}
