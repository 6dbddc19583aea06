// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using nanoFramework.HostEmulation.Board;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// The garage command handler runs on the runtime thread and shares the device lock with the poll loop (relay
    /// release, warning light): nothing slow may happen while it holds that lock.
    /// </summary>
    public sealed class GarageLockDisciplineTests
    {
        /// <summary>Memory storage that notes every write made while a watched lock is held.</summary>
        private sealed class WatchingStorage : IStorageMedium
        {
            private readonly MemoryStorageMedium _inner = new MemoryStorageMedium();

            public object Watched;
            public int Writes;
            public int WritesUnderLock;

            public int Read(string name, byte[] buffer, int offset, int count) => _inner.Read(name, buffer, offset, count);

            public void Write(string name, byte[] data, int offset, int count)
            {
                Writes++;
                if (Watched != null && Monitor.IsEntered(Watched))
                {
                    WritesUnderLock++;
                }

                _inner.Write(name, data, offset, count);
            }

            public void Delete(string name) => _inner.Delete(name);

            public int Length(string name) => _inner.Length(name);
        }

        private static CommandContext AdminSettings(byte[] args)
        {
            CommandContext context = new CommandContext();
            context.Actor = ActorKind.Owner;
            context.Role = OwnerRole.Admin;
            context.KeyId = 1;
            context.Action = GarageAction.Settings;
            context.Arguments = args;
            context.ArgumentsOffset = 0;
            context.ArgumentsLength = args.Length;
            return context;
        }

        private static GarageCommandHandler Build(VirtualBoard board, WatchingStorage storage, out GarageDevice device)
        {
            GaragePinMap map = GaragePinMap.DevKitC();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(board, map);
            FakeClock clock = new FakeClock();
            device = Program.Start(map, new ListLog(), clock);
            DevicePlatform platform = new DevicePlatform
            {
                Config = new DeviceConfig(),
                Storage = storage,
                Random = new SeededRandom(3),
                Crypto = new ManagedCryptoBackend(),
                Clock = clock,
                Log = new ListLog(),
                Transport = new MemoryTransport(),
                Rebooter = null,
            };
            GarageCommandHandler handler = new GarageCommandHandler(device.Controller, device.SyncRoot, clock);
            handler.AttachStore(new DeviceRuntime(platform, "garage", handler));
            storage.Watched = device.SyncRoot;
            return handler;
        }

        [Fact]
        public void AcceptedSettingsAreWrittenToFlashWithoutHoldingTheDeviceLock()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            WatchingStorage storage = new WatchingStorage();
            GarageCommandHandler handler = Build(scope.Board, storage, out GarageDevice device);
            GarageSettings wanted = device.Controller.Settings;
            wanted.WarningMs = 9000;
            byte[] args = new byte[GarageSettingsCodec.Size];
            GarageSettingsCodec.Encode(wanted, args, 0);
            int before = storage.Writes;

            Assert.Equal(GarageReason.Done, handler.Execute(AdminSettings(args)));

            Assert.Equal(9000, device.Controller.Settings.WarningMs);
            Assert.True(storage.Writes > before);
            Assert.Equal(0, storage.WritesUnderLock);
        }

        [Fact]
        public void SettingsResentUnchangedCostNoFlashWrite()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            WatchingStorage storage = new WatchingStorage();
            GarageCommandHandler handler = Build(scope.Board, storage, out GarageDevice device);
            GarageSettings wanted = device.Controller.Settings;
            wanted.WarningMs = 9000;
            byte[] args = new byte[GarageSettingsCodec.Size];
            GarageSettingsCodec.Encode(wanted, args, 0);
            handler.Execute(AdminSettings(args));
            int afterFirst = storage.Writes;

            Assert.Equal(GarageReason.Done, handler.Execute(AdminSettings(args)));
            Assert.Equal(GarageReason.Done, handler.Execute(AdminSettings(args)));

            Assert.Equal(afterFirst, storage.Writes);
        }
    }
}
