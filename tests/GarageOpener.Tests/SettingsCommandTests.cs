// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Shared.Runtime.Platform;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>
    /// The Settings action through the command handler: no arguments reads the settings in force, 12 bytes change
    /// them; either way the result is the 12-byte layout in force (DEVICES.md §2.4). Admin only.
    /// </summary>
    public sealed class SettingsCommandTests
    {
        private sealed class RigClock : IClock
        {
            private readonly GarageRig _rig;

            public RigClock(GarageRig rig) => _rig = rig;

            public long NowMilliseconds => _rig.Now;
        }

        private static CommandContext Settings(OwnerRole role, ActorKind actor, byte[] args)
        {
            return new CommandContext
            {
                Actor = actor,
                Role = role,
                KeyId = 1,
                Action = GarageAction.Settings,
                Arguments = args,
                ArgumentsOffset = 0,
                ArgumentsLength = args.Length,
            };
        }

        private static byte[] Encode(GarageSettings s)
        {
            byte[] bytes = new byte[GarageSettingsCodec.Size];
            GarageSettingsCodec.Encode(s, bytes, 0);
            return bytes;
        }

        private static byte[] Result(CommandContext c) => c.ResultData[..c.ResultLength];

        private static GarageCommandHandler Handler(GarageRig rig) => new GarageCommandHandler(rig.Controller, new object(), new RigClock(rig));

        [Fact]
        public void AnAdminReadsTheSettingsInForceWithNoArgumentsAndNothingChanges()
        {
            GarageRig rig = new GarageRig().Boot();
            rig.Configure(s => s.AutoCloseMinutes = 15);
            CommandContext read = Settings(OwnerRole.Admin, ActorKind.Owner, new byte[0]);
            Assert.Equal(GarageReason.Done, Handler(rig).Execute(read));
            Assert.Equal(Encode(rig.Controller.Settings), Result(read));
            Assert.Equal(15, GarageSettingsCodec.TryDecode(read.ResultData, 0, read.ResultLength).AutoCloseMinutes);
            Assert.Equal(15, rig.Controller.Settings.AutoCloseMinutes);
        }

        [Fact]
        public void AChangeAnswersWhatIsInForceAfterClamping()
        {
            GarageRig rig = new GarageRig().Boot();
            var wanted = new GarageSettings { WarningMs = 1000, AutoCloseMinutes = 250, PulseMs = 750 };
            CommandContext change = Settings(OwnerRole.Admin, ActorKind.Owner, Encode(wanted));
            Assert.Equal(GarageReason.Done, Handler(rig).Execute(change));
            GarageSettings answered = GarageSettingsCodec.TryDecode(change.ResultData, 0, change.ResultLength);
            Assert.Equal(GarageSettings.MinWarningMs, answered.WarningMs);
            Assert.Equal(GarageSettings.MaxAutoCloseMinutes, answered.AutoCloseMinutes);
            Assert.Equal(750, answered.PulseMs);
            Assert.Equal(Encode(rig.Controller.Settings), Result(change));
        }

        [Fact]
        public void MembersAndGuestsAreForbiddenToReadOrChangeAndLearnNothing()
        {
            GarageRig rig = new GarageRig().Boot();
            GarageCommandHandler handler = Handler(rig);
            byte[] before = Encode(rig.Controller.Settings);
            var changed = new GarageSettings { WarningMs = 20000 };
            foreach (CommandContext c in new[]
            {
                Settings(OwnerRole.Member, ActorKind.Owner, new byte[0]),
                Settings(OwnerRole.Member, ActorKind.Owner, Encode(changed)),
                Settings(OwnerRole.None, ActorKind.Guest, new byte[0]),
                Settings(OwnerRole.Member, ActorKind.Owner, new byte[5]),
            })
            {
                Assert.Equal((byte)ReasonCode.Forbidden, handler.Execute(c));
                Assert.Equal(0, c.ResultLength);
            }

            Assert.Equal(before, Encode(rig.Controller.Settings));
        }

        [Fact]
        public void AWrongLengthIsBadArgumentsWithNoDataAndNoChange()
        {
            GarageRig rig = new GarageRig().Boot();
            byte[] before = Encode(rig.Controller.Settings);
            CommandContext c = Settings(OwnerRole.Admin, ActorKind.Owner, new byte[GarageSettingsCodec.Size - 1]);
            Assert.Equal((byte)ReasonCode.BadArguments, Handler(rig).Execute(c));
            Assert.Equal(0, c.ResultLength);
            Assert.Equal(before, Encode(rig.Controller.Settings));
        }

        [Fact]
        public void ARefusedChangeStillAnswersTheSettingsInForce()
        {
            GarageRig rig = new GarageRig().Boot();
            byte[] before = Encode(rig.Controller.Settings);
            byte[] bad = Encode(new GarageSettings { WarningMs = 20000 });
            bad[11] = 7;
            CommandContext c = Settings(OwnerRole.Admin, ActorKind.Owner, bad);
            Assert.Equal(GarageReason.InvalidSetting, Handler(rig).Execute(c));
            Assert.Equal(before, Result(c));
        }

        [Fact]
        public void OtherActionsStillAnswerTheDoorSnapshot()
        {
            GarageRig rig = new GarageRig().Boot();
            CommandContext status = Settings(OwnerRole.Member, ActorKind.Owner, new byte[0]);
            status.Action = GarageAction.Status;
            Assert.Equal(GarageReason.Done, Handler(rig).Execute(status));
            Assert.Equal(9, status.ResultLength);
            Assert.Equal((byte)rig.State, status.ResultData[0]);
        }
    }
}
