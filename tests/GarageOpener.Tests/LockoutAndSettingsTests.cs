// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class LockoutAndSettingsTests
    {
        [Fact]
        public void Vacation_lockout_refuses_remote_opens_by_members_and_guests_but_not_admins()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            Assert.Equal(GarageReason.Done, rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now));
            Assert.True(rig.Snapshot.Locked);

            Assert.Equal(GarageReason.LockedOut, rig.Open(isAdmin: false));
            Assert.Equal(GarageReason.LockedOut, rig.Open(isAdmin: false, actor: ActorKind.Guest, id: 5));
            rig.Run(5_000);
            Assert.Equal(0, rig.Relay.Rises);

            Assert.Equal(GarageReason.Done, rig.Open(isAdmin: true));
            rig.RunUntil(r => r.State == DoorState.Open);
        }

        [Fact]
        public void Lockout_never_blocks_closing_or_stopping()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now);

            Assert.Equal(GarageReason.Done, rig.Close(isAdmin: false));
            rig.RunUntil(r => r.State == DoorState.Closing);
            Assert.Equal(GarageReason.Done, rig.Controller.Stop(ActorKind.Guest, 5, false, rig.Now));
        }

        [Fact]
        public void Only_admins_lock_unlock_and_change_settings()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();

            Assert.Equal(GarageReason.NotPermitted, rig.Controller.SetLocked(true, ActorKind.Owner, 2, false, rig.Now));
            var s = rig.Controller.Settings;
            s.WarningMs = 20_000;
            Assert.Equal(GarageReason.NotPermitted, rig.Controller.ApplySettings(s, ActorKind.Owner, 2, false, rig.Now));
            Assert.False(rig.Snapshot.Locked);
            Assert.Equal(5_000, rig.Controller.Settings.WarningMs);
        }

        [Fact]
        public void Unlocking_is_reported_as_an_event_with_its_cause()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now);
            rig.Controller.SetLocked(false, ActorKind.Owner, 3, true, rig.Now);

            var last = rig.Sink.Events[^1];
            Assert.False(last.Snapshot.Locked);
            Assert.Equal(3, last.CauseId);
        }

        [Fact]
        public void Every_setting_is_clamped_to_its_range()
        {
            var low = new GarageSettings
            {
                PulseMs = 1, MinGapMs = 1, WarningMs = 1, DepartureTimeoutMs = 1, TravelMarginMs = 1, AutoCloseMinutes = -5,
            }.Clamped();
            var high = new GarageSettings
            {
                PulseMs = int.MaxValue, MinGapMs = int.MaxValue, WarningMs = int.MaxValue, DepartureTimeoutMs = int.MaxValue,
                TravelMarginMs = int.MaxValue, AutoCloseMinutes = int.MaxValue,
            }.Clamped();

            Assert.Equal((250, 500, 5_000, 1_000, 1_000, 0), (low.PulseMs, low.MinGapMs, low.WarningMs, low.DepartureTimeoutMs, low.TravelMarginMs, low.AutoCloseMinutes));
            Assert.Equal((1_000, 10_000, 30_000, 10_000, 30_000, 240), (high.PulseMs, high.MinGapMs, high.WarningMs, high.DepartureTimeoutMs, high.TravelMarginMs, high.AutoCloseMinutes));
        }

        [Fact]
        public void An_undefined_opener_kind_is_refused_and_changes_nothing()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            var s = rig.Controller.Settings;
            s.Opener = (OpenerKind)9;
            s.WarningMs = 9_000;

            Assert.Equal(GarageReason.InvalidSetting, rig.Controller.ApplySettings(s, ActorKind.Owner, 1, true, rig.Now));
            Assert.Equal(5_000, rig.Controller.Settings.WarningMs);
        }

        [Fact]
        public void Settings_are_refused_while_a_move_is_in_flight()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            Assert.Equal(GarageReason.InMotion, rig.Controller.ApplySettings(new GarageSettings(), ActorKind.Owner, 1, true, rig.Now));
        }
    }
}
