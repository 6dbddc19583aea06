// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class ObstructionTests
    {
        // Remote close, beam broken half-way down, the opener reverses to the open limit.
        private static void ObstructedClose(GarageRig rig, ActorKind actor = ActorKind.Owner)
        {
            Assert.Equal(GarageReason.Done, rig.Close(actor: actor));
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(4_000);
            rig.Obstruction.IsActive = true;
            rig.Door.Reverse();
            rig.Run(200);
            rig.Obstruction.IsActive = false;
            rig.RunUntil(r => r.State == DoorState.Open);
            rig.Run(2_000);
        }

        [Fact]
        public void An_obstruction_while_closing_is_reported_and_the_openers_reversal_observed()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            ObstructedClose(rig);

            GarageSnapshot s = rig.Snapshot;
            Assert.True(s.Obstructed);
            Assert.Equal(DoorState.Open, s.State);
            Assert.Equal(ActorKind.System, rig.Sink.Last(DoorState.Open).Cause);
            Assert.Contains(rig.Sink.Events, e => e.Snapshot.Obstructed && e.State == DoorState.Closing);
            Assert.Equal(1, rig.Relay.Rises); // the controller never presses to "help" the reversal
            Assert.False(rig.Light.IsActive);
        }

        [Fact]
        public void A_closing_door_that_does_not_reverse_after_an_obstruction_is_a_Fault()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(4_000);
            rig.Door.Motion = 0; // the opener stopped dead
            rig.Obstruction.IsActive = true;
            rig.RunUntil(r => r.State == DoorState.Fault);

            Assert.Equal(GarageReason.ReversalNotObserved, rig.Snapshot.FaultReason);
        }

        [Fact]
        public void Two_obstructions_during_unattended_closes_suspend_remote_and_automatic_closing_until_a_local_reset()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Configure(s => s.AutoCloseMinutes = 1);
            ObstructedClose(rig);
            Assert.False(rig.Snapshot.UnattendedCloseSuspended);
            ObstructedClose(rig, ActorKind.Guest);

            Assert.True(rig.Snapshot.UnattendedCloseSuspended);
            Assert.Equal(GarageReason.UnattendedCloseSuspended, rig.Close());
            int presses = rig.Relay.Rises;
            rig.Run(3 * 60_000); // auto-close would have fired by now
            Assert.Equal(presses, rig.Relay.Rises);
            Assert.Equal(DoorState.Open, rig.State);

            rig.Controller.LocalReset(rig.Now);
            Assert.False(rig.Snapshot.UnattendedCloseSuspended);
            Assert.False(rig.Snapshot.Obstructed);
            Assert.Equal(GarageReason.Done, rig.Close());
            rig.RunUntil(r => r.State == DoorState.Closed);
        }

        [Fact]
        public void A_clean_unattended_close_between_two_obstructions_resets_the_count()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            ObstructedClose(rig);
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);
            ObstructedClose(rig);

            Assert.False(rig.Snapshot.UnattendedCloseSuspended);
        }

        [Fact]
        public void An_obstruction_during_a_manual_close_is_reported_but_not_counted()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            for (int i = 0; i < 2; i++)
            {
                rig.Door.LastDirection = +1;
                rig.Door.Motion = -1;
                rig.RunUntil(r => r.State == DoorState.Closing);
                rig.Run(3_000);
                rig.Obstruction.IsActive = true;
                rig.Door.Reverse();
                rig.Run(200);
                rig.Obstruction.IsActive = false;
                rig.RunUntil(r => r.State == DoorState.Open);
                Assert.True(rig.Snapshot.Obstructed);
            }

            Assert.False(rig.Snapshot.UnattendedCloseSuspended);
        }

        [Fact]
        public void Close_is_refused_while_the_obstruction_input_is_active()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Obstruction.IsActive = true;
            rig.Run(100);

            Assert.Equal(GarageReason.ObstructionActive, rig.Close());
            rig.Run(10_000);
            Assert.Equal(0, rig.Relay.Rises);
        }

        [Fact]
        public void An_obstruction_during_the_warning_cancels_the_close_before_any_press()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.Run(2_000);
            rig.Obstruction.IsActive = true;
            rig.Run(10_000);

            Assert.Equal(0, rig.Relay.Rises);
            Assert.True(rig.Snapshot.Obstructed);
            Assert.False(rig.Light.IsActive);
        }

        [Fact]
        public void A_manual_close_stopped_by_an_obstruction_ends_Stopped_and_teaches_no_travel_time()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Door.LastDirection = +1;
            rig.Door.Motion = -1;
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(3_000);
            rig.Obstruction.IsActive = true;
            rig.Door.Motion = 0; // this opener just stops
            rig.RunUntil(r => r.State != DoorState.Closing);

            Assert.Equal(DoorState.Stopped, rig.State);
            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Stopped).Cause);
            Assert.Equal(TravelEstimator.SeedMs, rig.Controller.TravelUpMs);
            Assert.Equal(TravelEstimator.SeedMs, rig.Controller.TravelDownMs);
        }
    }
}
