// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
using Runtime.Tests.Support;
using Shared.Crypto.Storage;
using Xunit;

namespace Runtime.Tests
{
    public sealed class DoorbellBridgeTests
    {
        [Fact]
        public void AResetHeldAtBootBeforeTheRuntimeExistsIsAppliedWhenItAttaches()
        {
            DoorbellRuntimeBridge bridge = new DoorbellRuntimeBridge();
            bridge.Wipe();
            RuntimeHarness h = new RuntimeHarness(new MemoryStorageMedium(), 3);
            byte[] before = (byte[])h.Runtime.DeviceId.Clone();

            bridge.Attach(h.Runtime);
            h.Service();

            Assert.NotEqual(before, h.Runtime.DeviceId);
            Assert.Equal(2, h.Runtime.IdentitiesCreated);
        }

        [Fact]
        public void RingsAreRefusedWhileOfflineSoTheOutboxKeepsThem()
        {
            DoorbellRuntimeBridge bridge = new DoorbellRuntimeBridge();
            RingEvent ring = new RingEvent { Sequence = 4, Kind = DoorbellEventKind.Ring, ChimeSounded = true };
            Assert.False(bridge.Deliver(ring));

            RuntimeHarness h = new RuntimeHarness();
            bridge.Attach(h.Runtime);
            Assert.False(bridge.Deliver(ring));

            h.Transport.Connect();
            Assert.True(bridge.Deliver(ring));
            Assert.Equal(1, h.Runtime.Events.Count);
        }

        [Fact]
        public void PairingRequestFromTheSetupButtonReachesTheRuntime()
        {
            DoorbellRuntimeBridge bridge = new DoorbellRuntimeBridge();
            RuntimeHarness h = new RuntimeHarness();
            bridge.Attach(h.Runtime);

            bridge.OpenPairingWindow(0);
            h.Service();

            Assert.True(bridge.IsPairingWindowOpen(0));
            Assert.True(h.Runtime.IsPairingWindowOpen);
        }
    }
}
