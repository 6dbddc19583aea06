// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using nanoFramework.HostEmulation.Board;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>The garage glue (handler, sink, settings record) over the real controller on a virtual board, a fake clock.</summary>
    public sealed class GarageRuntimeTests
    {
        private sealed class Garage
        {
            public GaragePinMap Map = GaragePinMap.DevKitC();
            public GarageDevice Device;
            public GarageCommandHandler Handler;
            public RuntimeHarness Harness;

            public Garage(VirtualBoard board, MemoryStorageMedium storage, FakeClock clock)
            {
                VirtualDeviceHostWire(board);
                Device = Program.Start(Map, new ListLog(), clock);
                Handler = new GarageCommandHandler(Device.Controller, Device.SyncRoot, clock);
                Harness = new RuntimeHarness(storage, 21, Handler, clock);
                Handler.AttachStore(Harness.Runtime);
                Device.AttachSink(new GarageRuntimeSink(Harness.Runtime));
                board.Press(Map.ClosedLimitPin);
                Step(200);
            }

            public void Step(int ms)
            {
                for (int t = 0; t < ms; t += 20)
                {
                    Harness.Clock.Now += 20;
                    Device.Poll(Harness.Clock.Now);
                }

                Harness.Service();
            }

            private void VirtualDeviceHostWire(VirtualBoard board)
            {
                GarageOpener.Virtual.VirtualDeviceHost.Wire(board, Map);
            }
        }

        [Fact]
        public void OpenCommandReturnsTheDoorSnapshotAndTheControllerReasonPassesThrough()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            Garage g = new Garage(scope.Board, new MemoryStorageMedium(), new FakeClock());
            g.Harness.Transport.Connect();
            g.Step(20);
            OwnerSession owner = g.Harness.Pair(RuntimeHarness.Fill(32, 0x11));

            g.Harness.Transport.Deliver(g.Harness.Runtime.CommandTopic, g.Harness.Command(owner, GarageAction.Close));
            g.Step(20);

            MemoryTransport.Sent sent = g.Harness.Transport.Published[g.Harness.Transport.Published.Count - 1];
            byte[] plain = RuntimeHarness.Open(owner, sent.Payload, new DeviceMessage(), out byte[] data);
            Assert.Equal(GarageReason.AlreadyClosed, plain[ProtocolConstants.ResultOffsetReason]);
            Assert.Equal((byte)DoorState.Closed, data[0]);
        }

        [Fact]
        public void AcceptedSettingsSurviveARestart()
        {
            MemoryStorageMedium storage = new MemoryStorageMedium();
            using (BoardScope scope = VirtualBoard.Install(new VirtualBoard()))
            {
                Garage g = new Garage(scope.Board, storage, new FakeClock());
                g.Harness.Transport.Connect();
                g.Step(20);
                OwnerSession admin = g.Harness.Pair(RuntimeHarness.Fill(32, 0x11));
                GarageSettings wanted = g.Device.Controller.Settings.Clamped();
                wanted.WarningMs = 8000;
                byte[] args = new byte[GarageSettingsCodec.Size];
                GarageSettingsCodec.Encode(wanted, args, 0);

                g.Harness.Transport.Deliver(g.Harness.Runtime.CommandTopic, g.Harness.Command(admin, GarageAction.Settings, args));
                g.Step(20);
                Assert.Equal(8000, g.Device.Controller.Settings.WarningMs);
            }

            using (BoardScope scope = VirtualBoard.Install(new VirtualBoard()))
            {
                Garage rebooted = new Garage(scope.Board, storage, new FakeClock());
                Assert.Equal(8000, rebooted.Device.Controller.Settings.WarningMs);
            }
        }

        [Fact]
        public void AFactoryResetErasesTheSettingsAndPutsTheDefaultsBackInForce()
        {
            MemoryStorageMedium storage = new MemoryStorageMedium();
            int defaultWarning = new GarageSettings().WarningMs;
            using (BoardScope scope = VirtualBoard.Install(new VirtualBoard()))
            {
                Garage g = new Garage(scope.Board, storage, new FakeClock());
                g.Harness.Transport.Connect();
                g.Step(20);
                OwnerSession admin = g.Harness.Pair(RuntimeHarness.Fill(32, 0x11));
                GarageSettings wanted = g.Device.Controller.Settings.Clamped();
                wanted.WarningMs = defaultWarning + 3000;
                byte[] args = new byte[GarageSettingsCodec.Size];
                GarageSettingsCodec.Encode(wanted, args, 0);
                g.Harness.Transport.Deliver(g.Harness.Runtime.CommandTopic, g.Harness.Command(admin, GarageAction.Settings, args));
                g.Step(20);
                Assert.Equal(defaultWarning + 3000, g.Device.Controller.Settings.WarningMs);

                g.Harness.Runtime.RequestFactoryReset();
                g.Step(20);
                Assert.Equal(defaultWarning, g.Device.Controller.Settings.WarningMs);
                Assert.Equal(-1, g.Harness.Runtime.LoadRecord(GarageSettingsCodec.RecordName, new byte[GarageSettingsCodec.Size]));
            }

            using (BoardScope scope = VirtualBoard.Install(new VirtualBoard()))
            {
                Garage rebooted = new Garage(scope.Board, storage, new FakeClock());
                Assert.Equal(defaultWarning, rebooted.Device.Controller.Settings.WarningMs);
            }
        }

        [Fact]
        public void ADoorMovedByHandIsAuditedAsManualAndReportedToTheOwner()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            Garage g = new Garage(scope.Board, new MemoryStorageMedium(), new FakeClock());
            g.Harness.Transport.Connect();
            g.Step(20);
            OwnerSession owner = g.Harness.Pair(RuntimeHarness.Fill(32, 0x11));
            int before = g.Harness.Transport.Published.Count;

            scope.Board.Release(g.Map.ClosedLimitPin);
            g.Step(400);

            AuditEntry entry = new AuditEntry();
            Assert.True(g.Harness.Runtime.Audit.TryGetEntry(g.Harness.Runtime.Audit.LastSequence, entry));
            Assert.Equal(ActorKind.Manual, entry.ActorKind);
            Assert.Equal(GarageAction.ObservedMove, entry.Action);
            Assert.NotEqual((byte)DoorState.Closed, entry.State);
            MemoryTransport.Sent sent = g.Harness.Transport.Published[before];
            DeviceMessage header = new DeviceMessage();
            byte[] plain = RuntimeHarness.Open(owner, sent.Payload, header, out byte[] data);
            Assert.Equal(MessageType.Event, header.Type);
            Assert.Equal(GarageEventCode.StateChanged, plain[0]);
            Assert.Equal((byte)ActorKind.Manual, data[3]);
        }
    }
}
