// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class BootSafetyTests
    {
        [Theory]
        [InlineData(false, false, false)]
        [InlineData(true, false, false)]
        [InlineData(false, true, false)]
        [InlineData(true, true, false)]
        [InlineData(false, false, true)]
        [InlineData(true, false, true)]
        [InlineData(false, true, true)]
        [InlineData(true, true, true)]
        public void No_relay_pulse_at_boot_whatever_the_inputs(bool closed, bool open, bool obstructed)
        {
            var rig = new GarageRig(simulate: false);
            rig.ClosedLimit.IsActive = closed;
            rig.OpenLimit.IsActive = open;
            rig.Obstruction.IsActive = obstructed;

            rig.Run(30 * 60_000); // half an hour with auto-close off: nothing may press the button

            Assert.Equal(0, rig.Relay.Rises);
            Assert.False(rig.Light.IsActive);
        }

        [Fact]
        public void Restored_auto_close_setting_does_not_close_a_door_found_open_at_boot()
        {
            var rig = new GarageRig(doorPosition: 1.0);
            var saved = new GarageSettings { AutoCloseMinutes = 1 };
            Assert.Equal(GarageReason.Done, rig.Controller.RestoreSettings(saved));

            rig.Run(10 * 60_000);

            Assert.Equal(0, rig.Relay.Rises);
            Assert.Equal(DoorState.Open, rig.State);
            Assert.Equal(1, rig.Controller.Settings.AutoCloseMinutes);
        }

        [Fact]
        public void State_is_Unknown_until_the_limits_settle_then_derived_from_the_closed_limit()
        {
            var rig = new GarageRig(doorPosition: 0.0);
            Assert.Equal(DoorState.Unknown, rig.State);

            rig.Run(20);
            Assert.Equal(DoorState.Unknown, rig.State);

            rig.Run(100);
            Assert.Equal(DoorState.Closed, rig.State);
            Assert.Equal(ActorKind.System, rig.Sink.Events[0].Cause);
        }

        [Fact]
        public void Boot_at_the_open_limit_reports_Open()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            Assert.Equal(DoorState.Open, rig.State);
        }

        [Fact]
        public void Boot_between_the_limits_stays_Unknown()
        {
            var rig = new GarageRig(doorPosition: 0.5).Boot();
            Assert.Equal(DoorState.Unknown, rig.State);
            Assert.Single(rig.Sink.Events);
        }

        [Fact]
        public void Both_limits_active_is_a_sensor_fault()
        {
            var rig = new GarageRig(simulate: false);
            rig.ClosedLimit.IsActive = true;
            rig.OpenLimit.IsActive = true;
            rig.Boot();

            Assert.Equal(DoorState.Fault, rig.State);
            Assert.Equal(GarageReason.LimitConflict, rig.Snapshot.FaultReason);
        }

        [Fact]
        public void Commands_before_the_limits_settle_are_refused_and_change_nothing()
        {
            var rig = new GarageRig(doorPosition: 0.0);

            Assert.Equal(GarageReason.SensorsSettling, rig.Open());
            Assert.Equal(GarageReason.ClosedLimitUntrusted, rig.Close());
            Assert.Equal(GarageReason.SensorsSettling, rig.Stop());
            rig.Run(5_000);
            Assert.Equal(0, rig.Relay.Rises);
        }

        [Fact]
        public void A_bouncing_reed_switch_does_not_move_the_reported_state()
        {
            var rig = new GarageRig(simulate: false);
            rig.ClosedLimit.IsActive = true;
            rig.Boot();
            for (int i = 0; i < 50; i++)
            {
                rig.ClosedLimit.IsActive = i % 2 == 0;
                rig.Run(20);
            }

            rig.ClosedLimit.IsActive = true;
            rig.Run(200);
            Assert.Equal(DoorState.Closed, rig.State);
            Assert.Single(rig.Sink.Events);
        }
    }
}
