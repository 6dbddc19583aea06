// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
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
    /// <summary>The doorbell's Settings action: admin only, clamped by the controller, kept on flash.</summary>
    public sealed class DoorbellSettingsTests
    {
        private static CommandContext SettingsCommand(OwnerRole role, byte[] args)
        {
            CommandContext context = new CommandContext();
            context.Actor = ActorKind.Owner;
            context.Role = role;
            context.KeyId = 1;
            context.Action = DoorbellAction.Settings;
            context.Arguments = args;
            context.ArgumentsOffset = 0;
            context.ArgumentsLength = args.Length;
            return context;
        }

        private static DoorbellCommandHandler Build(MemoryStorageMedium storage, out DoorbellDevice device)
        {
            FakeClock clock = new FakeClock();
            device = Program.Start(DoorbellPinMap.DevKitC(), new ListLog(), clock);
            DevicePlatform platform = new DevicePlatform
            {
                Config = new DeviceConfig(),
                Storage = storage,
                Random = new SeededRandom(5),
                Crypto = new ManagedCryptoBackend(),
                Clock = clock,
                Log = new ListLog(),
                Transport = new MemoryTransport(),
                Rebooter = null,
            };
            DoorbellCommandHandler handler = new DoorbellCommandHandler(device.Controller, device.SyncRoot, clock);
            handler.AttachStore(new DeviceRuntime(platform, "doorbell", handler));
            return handler;
        }

        private static byte[] Encode(DoorbellSettings s)
        {
            byte[] b = new byte[DoorbellSettingsCodec.Size];
            Assert.Equal(b.Length, DoorbellSettingsCodec.Encode(s, b, 0));
            return b;
        }

        private static DoorbellSettings Result(CommandContext c)
        {
            return DoorbellSettingsCodec.TryDecode(c.ResultData, 0, c.ResultLength);
        }

        [Fact]
        public void MemberKeyIsRefusedAndSettingsStayUnchanged()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);
            DoorbellSettings wanted = DoorbellSettings.Defaults();
            wanted.MinPressMs = 150;

            CommandContext c = SettingsCommand(OwnerRole.Member, Encode(wanted));
            Assert.Equal((byte)ReasonCode.Forbidden, handler.Execute(c));
            Assert.Equal(0, c.ResultLength);
            Assert.Equal(60, device.Controller.GetSettings().MinPressMs);
        }

        [Fact]
        public void AdminAppliesSettingsAndGetsThemBack()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);
            DoorbellSettings wanted = DoorbellSettings.Defaults();
            wanted.MinPressMs = 150;
            wanted.ChimePatternIndex = ChimePattern.TripleIndex;
            wanted.RingRefillMs = 120000;
            wanted.CameraOnMotion = true;

            CommandContext c = SettingsCommand(OwnerRole.Admin, Encode(wanted));
            Assert.Equal(DoorbellReason.Done, handler.Execute(c));

            DoorbellSettings now = device.Controller.GetSettings();
            Assert.Equal(150, now.MinPressMs);
            Assert.Equal(ChimePattern.TripleIndex, now.ChimePatternIndex);
            Assert.Equal(120000, now.RingRefillMs);
            Assert.True(now.CameraOnMotion);
            Assert.Equal(Encode(now), Encode(Result(c)));
        }

        [Fact]
        public void EmptyArgumentReadsTheCurrentSettings()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);

            CommandContext c = SettingsCommand(OwnerRole.Admin, new byte[0]);
            Assert.Equal(DoorbellReason.Done, handler.Execute(c));

            Assert.Equal(Encode(DoorbellSettings.Defaults()), Encode(Result(c)));
        }

        [Fact]
        public void OutOfRangeValuesAreClampedToTheBounds()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);
            DoorbellSettings wild = DoorbellSettings.Defaults();
            wild.MinPressMs = 60000;
            wild.DebounceMs = 0;
            wild.RingBurst = 200;
            wild.RingRefillMs = 1;
            wild.CameraPulseMs = 60000;
            wild.MotionIntervalMs = int.MaxValue;

            CommandContext c = SettingsCommand(OwnerRole.Admin, Encode(wild));
            Assert.Equal(DoorbellReason.Done, handler.Execute(c));

            DoorbellSettings got = Result(c);
            Assert.Equal(DoorbellSettings.MinPressHighMs, got.MinPressMs);
            Assert.Equal(DoorbellSettings.DebounceLowMs, got.DebounceMs);
            Assert.Equal(DoorbellSettings.RingBurstHigh, got.RingBurst);
            Assert.Equal(DoorbellSettings.RingRefillLowMs, got.RingRefillMs);
            Assert.Equal(DoorbellLimits.CameraMaxPulseMs, got.CameraPulseMs);
            Assert.Equal(DoorbellSettings.MotionIntervalHighMs, got.MotionIntervalMs);
        }

        [Fact]
        public void UnknownChimePatternIsRefusedAsInvalid()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);
            DoorbellSettings wanted = DoorbellSettings.Defaults();
            wanted.ChimePatternIndex = 77;

            CommandContext c = SettingsCommand(OwnerRole.Admin, Encode(wanted));
            Assert.Equal(DoorbellReason.SettingsInvalid, handler.Execute(c));
            Assert.Equal(ChimePattern.SingleIndex, device.Controller.GetSettings().ChimePatternIndex);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(DoorbellSettingsCodec.Size - 1)]
        [InlineData(DoorbellSettingsCodec.Size + 1)]
        public void WrongLengthIsBadArguments(int length)
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);

            Assert.Equal((byte)ReasonCode.BadArguments, handler.Execute(SettingsCommand(OwnerRole.Admin, new byte[length])));
        }

        [Fact]
        public void FlagOtherThanZeroOrOneIsBadArguments()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            DoorbellCommandHandler handler = Build(new MemoryStorageMedium(), out DoorbellDevice device);
            byte[] args = Encode(DoorbellSettings.Defaults());
            args[9] = 2;

            Assert.Equal((byte)ReasonCode.BadArguments, handler.Execute(SettingsCommand(OwnerRole.Admin, args)));
        }

        [Fact]
        public void AppliedSettingsSurviveARestart()
        {
            MemoryStorageMedium storage = new MemoryStorageMedium();
            DoorbellSettings wanted = DoorbellSettings.Defaults();
            wanted.MinPressMs = 222;
            wanted.ChimeEnabled = false;
            using (BoardScope first = VirtualBoard.Install(new VirtualBoard()))
            {
                DoorbellCommandHandler handler = Build(storage, out DoorbellDevice device);
                Assert.Equal(DoorbellReason.Done, handler.Execute(SettingsCommand(OwnerRole.Admin, Encode(wanted))));
            }

            using (BoardScope second = VirtualBoard.Install(new VirtualBoard()))
            {
                Build(storage, out DoorbellDevice restarted);
                DoorbellSettings restored = restarted.Controller.GetSettings();
                Assert.Equal(222, restored.MinPressMs);
                Assert.False(restored.ChimeEnabled);
            }
        }
    }
}
