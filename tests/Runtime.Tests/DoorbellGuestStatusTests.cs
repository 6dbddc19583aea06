// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using Doorbell.Firmware.Runtime;
using nanoFramework.HostEmulation.Board;
using Runtime.Tests.Support;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>A guest's Status on the doorbell reads and costs no use of the pass (issue #10, item 10).</summary>
    public sealed class DoorbellGuestStatusTests
    {
        [Fact]
        public void AOneUsePassReadsTheStatusAgainAndAgain()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            FakeClock clock = new FakeClock();
            DoorbellDevice device = Program.Start(DoorbellPinMap.DevKitC(), new ListLog(), clock);
            DoorbellCommandHandler handler = new DoorbellCommandHandler(device.Controller, device.SyncRoot, clock);
            RuntimeHarness h = new RuntimeHarness(new MemoryStorageMedium(), 41, handler, clock);
            handler.AttachStore(h.Runtime);
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));
            h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(admin, (byte)ProtocolAction.Ping));
            h.Service();

            uint mask = 1u << (DoorbellAction.Status - 0x20);
            GuestPass pass = new GuestPass
            {
                PassId = 90, Epoch = 0, ActionMask = mask, MaxUses = 1,
                NotBefore = RuntimeHarness.OwnerTime - 60, NotAfter = RuntimeHarness.OwnerTime + 3600,
            };
            OwnerSession guest = OwnerSession.ForGuest(h.Backend, h.Runtime.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            string topic = ProtocolTopics.GuestOutbound(h.Runtime.DeviceId, admin.KeyId, 90);

            byte[] reasons = new byte[5];
            for (int i = 0; i < reasons.Length; i++)
            {
                clock.Now += 1000;
                h.Service();
                h.Transport.Deliver(h.Runtime.CommandTopic, h.Command(guest, DoorbellAction.Status));
                h.Service();
                byte[] plain = RuntimeHarness.Open(guest, h.Transport.Published.Last(p => p.Topic == topic).Payload, new DeviceMessage(), out _);
                reasons[i] = plain[ProtocolConstants.ResultOffsetReason];
            }

            Assert.Equal(new byte[] { 0, 0, 0, 0, 0 }, reasons);
        }
    }
}
