// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Xunit;

namespace GarageOpener.Tests
{
    public class VerifiedActuationTests
    {
        [Fact]
        public void A_door_that_does_not_leave_its_limit_is_a_Fault_and_is_not_pressed_again()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.Responds = false;

            rig.Open();
            rig.Run(3_900);
            Assert.Equal(DoorState.Closed, rig.State);
            rig.RunUntil(r => r.State == DoorState.Fault, 1_000);

            Assert.Equal(GarageReason.DepartureTimeout, rig.Snapshot.FaultReason);
            rig.Run(10 * 60_000);
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void A_door_that_leaves_but_never_arrives_is_a_Fault_and_is_not_pressed_again()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.JamAt = 0.6;

            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            long left = rig.Now;
            rig.RunUntil(r => r.State == DoorState.Fault);

            Assert.Equal(GarageReason.ArrivalTimeout, rig.Snapshot.FaultReason);
            long allowed = TravelEstimator.SeedMs + rig.Controller.Settings.TravelMarginMs;
            Assert.InRange(rig.Now - left, allowed, allowed + 2 * GarageRig.Step);
            rig.Run(10 * 60_000);
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void Commands_are_refused_in_Fault_until_a_local_reset_which_rederives_the_state()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.Responds = false;
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Fault);

            Assert.Equal(GarageReason.InFault, rig.Open());
            Assert.Equal(GarageReason.InFault, rig.Close());

            rig.Controller.LocalReset(rig.Now);
            Assert.Equal(DoorState.Closed, rig.State);
            Assert.Equal(0, rig.Snapshot.FaultReason);
            Assert.Equal(Shared.Crypto.Audit.ActorKind.LocalButton, rig.Sink.Events[^1].Cause);
            Assert.Equal(1, rig.Relay.Rises); // the reset itself never presses
        }

        [Fact]
        public void Limits_active_together_during_a_run_is_a_Fault()
        {
            var rig = new GarageRig(doorPosition: 0.0, simulate: false);
            rig.ClosedLimit.IsActive = true;
            rig.Boot();
            rig.OpenLimit.IsActive = true;
            rig.Run(100);

            Assert.Equal(DoorState.Fault, rig.State);
            Assert.Equal(GarageReason.LimitConflict, rig.Snapshot.FaultReason);
            Assert.Equal(GarageReason.ClosedLimitUntrusted, rig.Close());
        }

        [Fact]
        public void Travel_time_is_learned_from_full_runs_and_tightens_the_arrival_deadline()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.TravelMs = 8_000;
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.InRange(rig.Controller.TravelUpMs, 7_900, 8_200);

            // A run now jammed half-way faults after the learned 8 s + margin, not the 15 s seed.
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);
            rig.Door.JamAt = 0.5;
            rig.Run(2_000);
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            long left = rig.Now;
            rig.RunUntil(r => r.State == DoorState.Fault);
            Assert.InRange(rig.Now - left, 8_000 + 5_000 - 200, 8_000 + 5_000 + 300);
        }

        [Fact]
        public void Travel_estimate_starts_at_the_seed_and_stays_within_bounds()
        {
            var t = new TravelEstimator();
            Assert.Equal(TravelEstimator.SeedMs, t.EstimateMs);

            t.Learn(1);
            Assert.Equal(TravelEstimator.MinMs, t.EstimateMs);
            for (int i = 0; i < 50; i++)
            {
                t.Learn(10 * 60_000);
            }

            Assert.InRange(t.EstimateMs, TravelEstimator.MaxMs - 4, TravelEstimator.MaxMs);
        }

        [Fact]
        public void Travel_estimate_moves_a_quarter_of_the_way_towards_each_new_run()
        {
            var t = new TravelEstimator();
            t.Learn(12_000);
            Assert.Equal(12_000, t.EstimateMs);
            t.Learn(16_000);
            Assert.Equal(13_000, t.EstimateMs);
            Assert.Equal(2, t.Samples);
        }

        [Fact]
        public void Without_an_open_limit_Open_is_inferred_after_the_learned_travel_time()
        {
            var rig = new GarageRig(doorPosition: 0.0, openLimitFitted: false).Boot();
            Assert.Equal(DoorState.Closed, rig.State);

            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            long left = rig.Now;
            rig.RunUntil(r => r.State != DoorState.Opening);

            Assert.Equal(DoorState.Open, rig.State);
            Assert.InRange(rig.Now - left, TravelEstimator.SeedMs, TravelEstimator.SeedMs + 100);
            Assert.Equal(InputLevel.Inactive, rig.Snapshot.OpenLimit);

            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(2, rig.Relay.Rises);
        }

        [Fact]
        public void Stop_in_Fault_never_presses_a_toggle_opener_but_presses_a_dedicated_stop_relay()
        {
            var toggle = new GarageRig(doorPosition: 0.0).Boot();
            toggle.Door.JamAt = 0.4;
            toggle.Open();
            toggle.RunUntil(r => r.State == DoorState.Fault);
            Assert.Equal(GarageReason.InFault, toggle.Stop());
            toggle.Run(5_000);
            Assert.Equal(1, toggle.Relay.Rises);

            var separate = new GarageRig(doorPosition: 0.0, separateButtons: true).Boot();
            separate.Configure(s => s.Opener = OpenerKind.SeparateButtons);
            separate.Door.JamAt = 0.4;
            separate.Open();
            separate.RunUntil(r => r.State == DoorState.Fault);
            Assert.Equal(GarageReason.Done, separate.Stop());
            separate.Run(1_000);
            Assert.Equal(1, separate.StopRelay.Rises);
            Assert.Equal(DoorState.Fault, separate.State);
            Assert.True(separate.Controller.NeedsLocalReset);
        }
    }
}
