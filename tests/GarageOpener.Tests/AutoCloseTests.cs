// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class AutoCloseTests
    {
        private static GarageRig OpenedWithAutoClose(int minutes)
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Configure(s => s.AutoCloseMinutes = minutes);
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);
            return rig;
        }

        [Fact]
        public void Auto_close_is_off_by_default()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            Assert.Equal(0, rig.Controller.Settings.AutoCloseMinutes);
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);
            rig.Run(4 * 60 * 60_000);
            Assert.Equal(DoorState.Open, rig.State);
        }

        [Fact]
        public void Auto_close_after_N_minutes_open_with_the_full_warning_attributed_to_AutoClose()
        {
            var rig = OpenedWithAutoClose(2);
            long openedAt = rig.Now;

            rig.Run(2 * 60_000 - 100);
            Assert.Equal(0, rig.Light.Rises);

            rig.RunUntil(r => r.State == DoorState.Closed);
            long warnStart = rig.Light.RiseTimes().First();
            Assert.InRange(warnStart - openedAt, 2 * 60_000, 2 * 60_000 + 40);
            Assert.True(rig.Relay.RiseTimes().Last() - warnStart >= 5_000);
            Assert.Equal(ActorKind.AutoClose, rig.Sink.Last(DoorState.Closing).Cause);
            Assert.Equal(ActorKind.AutoClose, rig.Sink.Last(DoorState.Closed).Cause);
        }

        [Fact]
        public void A_command_restarts_the_auto_close_timer()
        {
            var rig = OpenedWithAutoClose(2);
            rig.Run(90_000);
            rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now);

            rig.Run(90_000);
            Assert.Equal(0, rig.Light.Rises);
            rig.RunUntil(r => r.State == DoorState.Closed);
        }

        [Fact]
        public void Stop_during_the_auto_close_warning_cancels_it_until_the_door_moves_again()
        {
            var rig = OpenedWithAutoClose(1);
            rig.RunUntil(r => r.Snapshot.WarningActive);
            rig.Stop();

            rig.Run(10 * 60_000);
            Assert.Equal(DoorState.Open, rig.State);
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void Moving_the_door_by_hand_cancels_a_pending_auto_close()
        {
            var rig = OpenedWithAutoClose(1);
            rig.RunUntil(r => r.Snapshot.WarningActive);
            rig.Door.LastDirection = +1;
            rig.Door.Motion = -1; // someone closes it at the wall during the warning

            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Closed).Cause);
        }

        [Fact]
        public void Auto_close_is_skipped_when_the_beam_is_blocked()
        {
            var rig = OpenedWithAutoClose(1);
            rig.Obstruction.IsActive = true;
            rig.Run(5 * 60_000);
            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(DoorState.Open, rig.State);
        }
    }
}
