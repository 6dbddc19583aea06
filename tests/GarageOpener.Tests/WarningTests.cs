// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class WarningTests
    {
        private static long WarningLead(GarageRig rig)
        {
            long warnStart = rig.Light.RiseTimes().First();
            long press = rig.Relay.RiseTimes().First();
            return press - warnStart;
        }

        [Fact]
        public void Remote_close_flashes_light_and_buzzer_at_least_5s_before_the_press()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.Run(4_900);
            Assert.Equal(0, rig.Relay.Rises);

            rig.RunUntil(r => r.Relay.Rises == 1);

            Assert.True(WarningLead(rig) >= 5_000, "lead " + WarningLead(rig));
            Assert.True(WarningLead(rig) <= 5_000 + GarageRig.Step);
            Assert.Equal(rig.Light.RiseTimes().First(), rig.Buzzer.RiseTimes().First());
        }

        [Fact]
        public void Flashing_is_at_least_1_Hz_during_the_warning_and_while_the_door_closes()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);

            var rises = rig.Light.RiseTimes();
            long closedAt = rig.Sink.Last(DoorState.Closed).At;
            Assert.True(closedAt - rises.First() > 15_000);
            for (int i = 1; i < rises.Count; i++)
            {
                Assert.True(rises[i] - rises[i - 1] <= 1_000, "gap between flashes " + (rises[i] - rises[i - 1]));
            }

            // Still flashing in the last second before the closed limit, and off once closed.
            Assert.True(rises.Last() >= closedAt - 1_000);
            Assert.False(rig.Light.IsActive);
            Assert.False(rig.Buzzer.IsActive);
        }

        [Fact]
        public void A_warning_setting_of_2s_is_clamped_to_5s()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Configure(s => s.WarningMs = 2_000);
            Assert.Equal(5_000, rig.Controller.Settings.WarningMs);

            rig.Close();
            rig.RunUntil(r => r.Relay.Rises == 1);

            Assert.True(WarningLead(rig) >= 5_000);
        }

        [Fact]
        public void A_longer_warning_setting_is_honoured()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Configure(s => s.WarningMs = 10_000);

            rig.Close();
            rig.RunUntil(r => r.Relay.Rises == 1);

            Assert.True(WarningLead(rig) >= 10_000);
        }

        [Fact]
        public void Stop_during_the_warning_cancels_the_close_without_a_press()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.Run(3_000);

            Assert.Equal(GarageReason.Done, rig.Stop());
            rig.Run(60_000);

            Assert.Equal(0, rig.Relay.Rises);
            Assert.Equal(DoorState.Open, rig.State);
            Assert.False(rig.Light.IsActive);
            Assert.False(rig.Snapshot.WarningActive);
        }

        [Fact]
        public void Open_during_the_warning_cancels_the_close()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.Run(1_000);

            Assert.Equal(GarageReason.Done, rig.Open());
            rig.Run(30_000);

            Assert.Equal(0, rig.Relay.Rises);
            Assert.Equal(DoorState.Open, rig.State);
        }

        [Fact]
        public void Stopping_a_closing_door_ends_the_warning()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(2_000);

            rig.Stop();
            rig.Run(100);

            Assert.Equal(DoorState.Stopped, rig.State);
            Assert.False(rig.Light.IsActive);
            Assert.False(rig.Buzzer.IsActive);
        }

        [Fact]
        public void The_warning_never_runs_for_an_open()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open(actor: ActorKind.Guest, id: 3);
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(0, rig.Light.Rises);
        }
    }
}
