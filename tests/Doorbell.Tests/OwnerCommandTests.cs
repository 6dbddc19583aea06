// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    public class OwnerCommandTests
    {
        private const ActorKind Owner = ActorKind.Owner;
        private const ActorKind Guest = ActorKind.Guest;

        [Fact]
        public void AMutedRingIsSilentButStillPhotographedAndReported()
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.Done, rig.Controller.Mute(30, Owner, 1, rig.Now));
            rig.Press(100);
            rig.Run(1000);
            Assert.Empty(rig.Chime.Pulses());
            Assert.Single(rig.Camera.Pulses());
            Assert.False(Assert.Single(rig.Sink.Delivered).ChimeSounded);
        }

        [Fact]
        public void MuteExpiresByItselfAfterTheRequestedMinutes()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.Mute(1, Owner, 1, rig.Now);
            rig.Run(59990);
            Assert.True(rig.Status().Muted);
            Assert.Equal(10, rig.Status().MuteRemainingMs);
            rig.Run(10);
            Assert.False(rig.Status().Muted);
            rig.Press(100);
            rig.Run(1000);
            Assert.Single(rig.Chime.Pulses());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-5)]
        [InlineData(DoorbellLimits.MuteMaxMinutes + 1)]
        public void MuteOutsideItsBoundsIsRefusedAndChangesNothing(int minutes)
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.MuteDurationOutOfRange, rig.Controller.Mute(minutes, Owner, 1, rig.Now));
            Assert.False(rig.Status().Muted);
        }

        [Fact]
        public void UnmuteEndsAMuteAtOnce()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.Mute(60, Owner, 1, rig.Now);
            Assert.Equal(DoorbellReason.Done, rig.Controller.Unmute(Owner, 1, rig.Now));
            rig.Press(100);
            Assert.Single(rig.Chime.Pulses());
        }

        [Fact]
        public void DoNotDisturbSilencesUntilTurnedOff()
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.Done, rig.Controller.SetDoNotDisturb(true, Owner, 1, rig.Now));
            rig.Run(48 * 3600 * 1000L, 60000);
            rig.Press(100);
            Assert.Empty(rig.Chime.Pulses());
            Assert.True(rig.Status().DoNotDisturb);
            rig.Controller.SetDoNotDisturb(false, Owner, 1, rig.Now);
            rig.Run(20000);
            rig.Press(100);
            Assert.Single(rig.Chime.Pulses());
        }

        [Fact]
        public void ChimeTestSoundsEvenWhenMutedAndSendsNoRingEvent()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.Mute(60, Owner, 1, rig.Now);
            Assert.Equal(DoorbellReason.Done, rig.Controller.ChimeTest(Owner, 1, rig.Now));
            rig.Run(1000);
            Assert.Equal(400, Assert.Single(rig.Chime.Pulses()).Length);
            Assert.Empty(rig.Sink.Delivered);
        }

        [Fact]
        public void SnapshotPulsesTheCamera()
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.Done, rig.Controller.Snapshot(Owner, 1, rig.Now));
            rig.Run(1000);
            Assert.Equal(200, Assert.Single(rig.Camera.Pulses()).Length);
        }

        [Theory]
        [InlineData(ActorKind.None, DoorbellReason.ActorNotAllowed)]
        [InlineData(ActorKind.Manual, DoorbellReason.ActorNotAllowed)]
        [InlineData(ActorKind.System, DoorbellReason.ActorNotAllowed)]
        [InlineData(ActorKind.LocalButton, DoorbellReason.ActorNotAllowed)]
        [InlineData(ActorKind.Guest, DoorbellReason.GuestNotAllowed)]
        public void OwnerOnlyCommandsRefuseEveryoneElseAndChangeNothing(ActorKind actor, byte expected)
        {
            DoorbellRig rig = new DoorbellRig();
            DoorbellSettings quiet = DoorbellSettings.Defaults();
            quiet.ChimeEnabled = false;
            Assert.Equal(expected, rig.Controller.Mute(30, actor, 7, rig.Now));
            Assert.Equal(expected, rig.Controller.SetDoNotDisturb(true, actor, 7, rig.Now));
            Assert.Equal(expected, rig.Controller.ChimeTest(actor, 7, rig.Now));
            Assert.Equal(expected, rig.Controller.Snapshot(actor, 7, rig.Now));
            Assert.Equal(expected, rig.Controller.ApplySettings(quiet, actor, 7, rig.Now));
            Assert.Equal(expected, rig.Controller.Status(new DoorbellSnapshot(), actor, 7, rig.Now));
            rig.Run(1000);
            Assert.Empty(rig.Chime.Pulses());
            Assert.Empty(rig.Camera.Pulses());
            DoorbellSnapshot s = rig.Status();
            Assert.False(s.Muted);
            Assert.False(s.DoNotDisturb);
            Assert.True(s.ChimeEnabled);
        }

        [Fact]
        public void SettingsAreClampedAndCopied()
        {
            DoorbellRig rig = new DoorbellRig();
            DoorbellSettings wild = DoorbellSettings.Defaults();
            wild.MinPressMs = 1;
            wild.DebounceMs = 100000;
            wild.RingBurst = 0;
            wild.RingRefillMs = -1;
            wild.CameraPulseMs = 999999;
            wild.MotionIntervalMs = 1;
            Assert.Equal(DoorbellReason.Done, rig.Controller.ApplySettings(wild, Owner, 1, rig.Now));
            wild.ChimeEnabled = false;

            DoorbellSettings now = rig.Controller.GetSettings();
            Assert.Equal(DoorbellSettings.MinPressLowMs, now.MinPressMs);
            Assert.Equal(DoorbellSettings.DebounceHighMs, now.DebounceMs);
            Assert.Equal(1, now.RingBurst);
            Assert.Equal(DoorbellSettings.RingRefillLowMs, now.RingRefillMs);
            Assert.Equal(DoorbellLimits.CameraMaxPulseMs, now.CameraPulseMs);
            Assert.Equal(DoorbellSettings.MotionIntervalLowMs, now.MotionIntervalMs);
            Assert.True(now.ChimeEnabled);
        }

        [Fact]
        public void SettingsNamingAMissingChimePatternAreRefused()
        {
            DoorbellRig rig = new DoorbellRig();
            DoorbellSettings bad = DoorbellSettings.Defaults();
            bad.ChimePatternIndex = ChimePattern.Count;
            bad.CameraPulseMs = 999;
            Assert.Equal(DoorbellReason.SettingsInvalid, rig.Controller.ApplySettings(bad, Owner, 1, rig.Now));
            Assert.Equal(DoorbellReason.SettingsInvalid, rig.Controller.ApplySettings(null, Owner, 1, rig.Now));
            Assert.Equal(200, rig.Controller.GetSettings().CameraPulseMs);
        }

        [Fact]
        public void NewSettingsTakeEffectOnTheNextPress()
        {
            DoorbellRig rig = new DoorbellRig();
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.MinPressMs = 300;
            s.ChimeEnabled = false;
            rig.Controller.ApplySettings(s, Owner, 1, rig.Now);
            rig.Press(200);
            Assert.Empty(rig.Sink.Delivered);
            rig.Press(400);
            Assert.False(Assert.Single(rig.Sink.Delivered).ChimeSounded);
            Assert.Empty(rig.Chime.Pulses());
        }
    }
}
