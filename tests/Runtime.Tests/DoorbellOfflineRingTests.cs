// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using Doorbell.Firmware.Runtime;
using nanoFramework.HostEmulation.Board;
using Runtime.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>The doorbell's own Program with the runtime on a virtual board, over the in-memory transport.</summary>
    public sealed class DoorbellOfflineRingTests
    {
        [Fact]
        public void RingWhileOfflineIsDeliveredSealedToTheOwnerAfterReconnecting()
        {
            VirtualBoard board = new VirtualBoard();
            using (VirtualBoard.Install(board))
            {
                DoorbellPinMap map = DoorbellPinMap.DevKitC();
                MemoryTransport transport = new MemoryTransport();
                DevicePlatform platform = new DevicePlatform
                {
                    Config = new DeviceConfig(),
                    Storage = new MemoryStorageMedium(),
                    Random = new SeededRandom(11),
                    Crypto = new ManagedCryptoBackend(),
                    Clock = new SystemClock(),
                    Log = new ListLog(),
                    Transport = transport,
                };
                DoorbellDevice device = Program.Run(map, platform);
                DeviceRuntime runtime = device.Runtime;
                try
                {
                    transport.Connect();
                    string nonceTopic = ProtocolTopics.Nonce(runtime.DeviceId);
                    Wait.For(() => transport.Published.Any(p => p.Topic == nonceTopic), "nonce");
                    OwnerSession owner = Pair(runtime, transport);
                    string outbound = ProtocolTopics.OwnerOutbound(runtime.DeviceId, owner.KeyId);

                    transport.Disconnect();
                    Wait.For(() => !runtime.IsOnline, "offline");
                    board.Press(map.ButtonPin);
                    System.Threading.Thread.Sleep(300); // a real press: the firmware measures its length
                    board.Release(map.ButtonPin);
                    Wait.For(() => QueuedEvents(device, platform.Clock) == 1, "ring kept in the outbox");
                    Assert.DoesNotContain(transport.Published, p => p.Topic == outbound);

                    transport.Connect();
                    Wait.For(() => transport.Published.Any(p => p.Topic == outbound), "ring event");
                    MemoryTransport.Sent sent = transport.Published.First(p => p.Topic == outbound);
                    DeviceMessage header = new DeviceMessage();
                    byte[] plain = RuntimeHarness.Open(owner, sent.Payload, header, out byte[] data);
                    Assert.Equal(MessageType.Event, header.Type);
                    Assert.Equal(1, plain[0]);
                    Assert.Equal(DoorbellRuntimeBridge.EventDataSize, data.Length);
                    Assert.Equal(1u, BigEndian.ReadUInt32(data, 0));
                }
                finally
                {
                    runtime.Stop();
                    device.StopPolling();
                }
            }
        }

        private static int QueuedEvents(DoorbellDevice device, IClock clock)
        {
            Doorbell.Firmware.Controller.DoorbellSnapshot snapshot = new Doorbell.Firmware.Controller.DoorbellSnapshot();
            lock (device.SyncRoot)
            {
                device.Controller.Status(snapshot, Shared.Crypto.Audit.ActorKind.Owner, 0, clock.NowMilliseconds);
            }

            return snapshot.QueuedEvents;
        }

        private static OwnerSession Pair(DeviceRuntime runtime, MemoryTransport transport)
        {
            runtime.RequestPairingWindow();
            Wait.For(() => runtime.IsPairingWindowOpen, "pairing window");
            ManagedCryptoBackend backend = new ManagedCryptoBackend();
            OwnerPairing pairing = new OwnerPairing(backend, PairingUri.TryParse(runtime.PairingUri), RuntimeHarness.Fill(32, 0x41),
                RuntimeHarness.Fill(16, 3));
            MemoryTransport.Sent nonce = transport.Published.Last(p => p.Topic == ProtocolTopics.Nonce(runtime.DeviceId));
            NonceMessage message = new NonceMessage();
            NonceMessage.TryParse(nonce.Payload, 0, nonce.Payload.Length, message);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            pairing.BuildRequest(message.Nonce, request, 0);
            transport.Deliver(ProtocolTopics.PairingRequest(runtime.DeviceId), request);
            string responseTopic = ProtocolTopics.PairingResponse(runtime.DeviceId);
            Wait.For(() => transport.Published.Any(p => p.Topic == responseTopic), "pairing response");
            byte[] response = transport.Published.First(p => p.Topic == responseTopic).Payload;
            Assert.Equal(ReasonCode.Done, pairing.TryComplete(response, 0, response.Length));
            return new OwnerSession(backend, runtime.DeviceId, pairing.KeyId, pairing.MasterKey, pairing.CounterStart);
        }
    }
}
