// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using nanoFramework.TestFramework;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>The garage state machine on a fake clock: commanded moves, manual moves, verified actuation.</summary>
    [TestClass]
    public class GarageMoveTests
    {
        private const string ClosedOpeningOpen = "1,2,3";

        [TestMethod]
        public void Open_from_Closed_presses_once_and_reports_Opening_then_Open_attributed_to_the_owner()
        {
            GarageRig rig = GarageRig.Closed();
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Open());
            rig.RunUntil(DoorState.Open);
            Assert.AreEqual(1, rig.Relay.Rises);
            Assert.AreEqual(ClosedOpeningOpen, rig.Sink.States());
            Assert.AreEqual((int)ActorKind.Owner, (int)rig.Sink.Last(DoorState.Opening).Cause);
            Assert.AreEqual(GarageRig.OwnerId, rig.Sink.Last(DoorState.Open).CauseId);
            Assert.AreEqual(0, rig.Light.Rises);
        }

        [TestMethod]
        public void Close_from_Open_presses_once_and_reports_Closing_then_Closed_attributed_to_the_guest()
        {
            GarageRig rig = GarageRig.Opened();
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.Close(ActorKind.Guest, 42, false, rig.Now));
            rig.RunUntil(DoorState.Closed);
            Assert.AreEqual(1, rig.Relay.Rises);
            Assert.AreEqual("3,4,1", rig.Sink.States());
            Assert.AreEqual((int)ActorKind.Guest, (int)rig.Sink.Last(DoorState.Closed).Cause);
            Assert.AreEqual(42, rig.Sink.Last(DoorState.Closed).CauseId);
        }

        [TestMethod]
        public void Open_at_the_open_limit_and_close_at_the_closed_limit_are_refused_without_a_press()
        {
            GarageRig open = GarageRig.Opened();
            GarageRig closed = GarageRig.Closed();
            Assert.AreEqual((int)GarageReason.AlreadyOpen, (int)open.Open());
            Assert.AreEqual((int)GarageReason.AlreadyClosed, (int)closed.Close());
            open.Run(10000);
            closed.Run(10000);
            Assert.AreEqual(0, open.Relay.Rises + closed.Relay.Rises);
        }

        [TestMethod]
        public void Repeating_a_command_already_in_flight_does_not_press_again()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Open();
            rig.Run(1000);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Open());
            rig.RunUntil(DoorState.Open);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Reversing_while_moving_is_refused_until_stopped()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Open();
            rig.RunUntil(DoorState.Opening);
            Assert.AreEqual((int)GarageReason.InMotion, (int)rig.Close());
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Stop_while_moving_presses_once_and_reports_Stopped_without_a_later_fault()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Open();
            rig.RunUntil(DoorState.Opening);
            rig.Run(3000);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.Stop(ActorKind.Owner, 9, true, rig.Now));
            rig.Run(100);
            Assert.AreEqual((int)DoorState.Stopped, (int)rig.State);
            Assert.AreEqual(2, rig.Relay.Rises);
            Assert.AreEqual(0, rig.Door.Motion);
            Assert.AreEqual(9, rig.Sink.Last(DoorState.Stopped).CauseId);
            rig.Idle(60000);
            Assert.AreEqual((int)DoorState.Stopped, (int)rig.State);
        }

        [TestMethod]
        public void Stop_at_rest_does_nothing()
        {
            GarageRig rig = GarageRig.Closed();
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Stop());
            rig.Run(5000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
        }

        [TestMethod]
        public void Movement_with_no_command_in_flight_is_attributed_to_Manual()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.Motion = 1;
            rig.RunUntil(DoorState.Open);
            Assert.AreEqual((int)ActorKind.Manual, (int)rig.Sink.Last(DoorState.Opening).Cause);
            Assert.AreEqual((int)ActorKind.Manual, (int)rig.Sink.Last(DoorState.Open).Cause);
            Assert.AreEqual(0, rig.Relay.Rises);
        }

        [TestMethod]
        public void A_manual_run_that_never_arrives_becomes_Stopped_not_Fault()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Door.JamAt = 500;
            rig.Door.Motion = -1;
            rig.RunUntil(DoorState.Closing);
            rig.RunWhile(DoorState.Closing);
            Assert.AreEqual((int)DoorState.Stopped, (int)rig.State);
            Assert.AreEqual((int)ActorKind.Manual, (int)rig.Sink.Last(DoorState.Stopped).Cause);
        }

        [TestMethod]
        public void Status_reports_limits_lock_command_and_time_in_state()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Run(1000);
            GarageSnapshot s = rig.Snapshot;
            Assert.AreEqual((int)DoorState.Closed, (int)s.State);
            Assert.IsTrue(s.MillisecondsInState >= 1000);
            Assert.AreEqual((int)InputLevel.Active, (int)s.ClosedLimit);
            Assert.AreEqual((int)InputLevel.Inactive, (int)s.OpenLimit);
            Assert.IsFalse(s.Locked);
            Assert.AreEqual((int)MotionDirection.None, (int)s.Commanded);
        }

        [TestMethod]
        public void A_door_sent_back_at_the_wall_during_a_commanded_open_is_left_alone_and_attributed_to_Manual()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Open();
            rig.RunUntil(DoorState.Opening);
            rig.Run(2000);
            rig.Door.Motion = -1;
            rig.RunUntil(DoorState.Closed);
            rig.Run(30000);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            Assert.AreEqual((int)ActorKind.Manual, (int)rig.Sink.Last(DoorState.Closed).Cause);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void A_door_that_does_not_leave_its_limit_is_a_Fault_and_is_not_pressed_again()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.Responds = false;
            rig.Open();
            rig.Run(3900);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            Assert.IsTrue(rig.RunUntil(DoorState.Fault) <= 1000);
            Assert.AreEqual((int)GarageReason.DepartureTimeout, (int)rig.Snapshot.FaultReason);
            rig.Idle(10 * 60000);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void A_door_that_leaves_but_never_arrives_is_a_Fault_after_the_travel_time_plus_margin()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.JamAt = 600;
            rig.Open();
            rig.RunUntil(DoorState.Opening);
            long left = rig.Now;
            rig.RunUntil(DoorState.Fault);
            Assert.AreEqual((int)GarageReason.ArrivalTimeout, (int)rig.Snapshot.FaultReason);
            long allowed = TravelEstimator.SeedMs + rig.Controller.Settings.TravelMarginMs;
            long took = rig.Now - left;
            Assert.IsTrue(took >= allowed && took <= allowed + (2 * GarageRig.Step), "fault after " + took.ToString());
            rig.Idle(10 * 60000);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Commands_are_refused_in_Fault_until_a_local_reset_which_rederives_the_state()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.Responds = false;
            rig.Open();
            rig.RunUntil(DoorState.Fault);
            Assert.AreEqual((int)GarageReason.InFault, (int)rig.Open());
            Assert.AreEqual((int)GarageReason.InFault, (int)rig.Close());
            rig.Controller.LocalReset(rig.Now);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            Assert.AreEqual(0, (int)rig.Snapshot.FaultReason);
            Assert.AreEqual((int)ActorKind.LocalButton, (int)rig.Sink.At(rig.Sink.Count - 1).Cause);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Both_limits_active_during_a_run_is_a_LimitConflict_fault()
        {
            GarageRig rig = new GarageRig(0, false, true, false);
            rig.ClosedLimit.IsActive = true;
            rig.Boot();
            rig.OpenLimit.IsActive = true;
            rig.Run(100);
            Assert.AreEqual((int)DoorState.Fault, (int)rig.State);
            Assert.AreEqual((int)GarageReason.LimitConflict, (int)rig.Snapshot.FaultReason);
            Assert.AreEqual((int)GarageReason.ClosedLimitUntrusted, (int)rig.Close());
        }

        [TestMethod]
        public void Travel_time_is_learned_from_a_full_run()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.TravelMs = 8000;
            rig.Open();
            rig.RunUntil(DoorState.Open);
            int learned = rig.Controller.TravelUpMs;
            Assert.IsTrue(learned >= 7900 && learned <= 8200, "learned " + learned.ToString());
        }

        [TestMethod]
        public void Travel_estimate_starts_at_the_seed_moves_a_quarter_of_the_way_and_stays_in_bounds()
        {
            TravelEstimator t = new TravelEstimator();
            Assert.AreEqual(TravelEstimator.SeedMs, t.EstimateMs);
            t.Learn(12000);
            Assert.AreEqual(12000, t.EstimateMs);
            t.Learn(16000);
            Assert.AreEqual(13000, t.EstimateMs);
            Assert.AreEqual(2, t.Samples);
            TravelEstimator low = new TravelEstimator();
            low.Learn(1);
            Assert.AreEqual(TravelEstimator.MinMs, low.EstimateMs);
        }

        [TestMethod]
        public void Without_an_open_limit_Open_is_inferred_after_the_seed_travel_time()
        {
            GarageRig rig = new GarageRig(0, false, false, true).Boot();
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            rig.Open();
            rig.RunUntil(DoorState.Opening);
            long took = rig.RunWhile(DoorState.Opening);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
            Assert.IsTrue(took >= TravelEstimator.SeedMs - GarageRig.Step && took <= TravelEstimator.SeedMs + 100, "took " + took.ToString());
            Assert.AreEqual((int)InputLevel.Inactive, (int)rig.Snapshot.OpenLimit);
        }

        [TestMethod]
        public void Stop_in_Fault_never_presses_a_toggle_opener()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Door.JamAt = 400;
            rig.Open();
            rig.RunUntil(DoorState.Fault);
            Assert.AreEqual((int)GarageReason.InFault, (int)rig.Stop());
            rig.Run(5000);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Stop_in_Fault_presses_a_dedicated_stop_relay_and_still_needs_a_local_reset()
        {
            GarageRig rig = new GarageRig(0, true, true, true).Boot();
            GarageSettings s = rig.Controller.Settings;
            s.Opener = OpenerKind.SeparateButtons;
            rig.Configure(s);
            rig.Door.JamAt = 400;
            rig.Open();
            rig.RunUntil(DoorState.Fault);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Stop());
            rig.Run(1000);
            Assert.AreEqual(1, rig.StopRelay.Rises);
            Assert.AreEqual((int)DoorState.Fault, (int)rig.State);
            Assert.IsTrue(rig.Controller.NeedsLocalReset);
        }

        [TestMethod]
        public void Separate_buttons_open_with_the_open_relay_and_close_with_the_close_relay()
        {
            GarageRig rig = new GarageRig(0, true, true, true).Boot();
            GarageSettings s = rig.Controller.Settings;
            s.Opener = OpenerKind.SeparateButtons;
            rig.Configure(s);
            rig.Open();
            rig.RunUntil(DoorState.Open);
            Assert.AreEqual(1, rig.Relay.Rises);
            rig.Run(2000);
            rig.Close();
            rig.RunUntil(DoorState.Closed);
            Assert.AreEqual(1, rig.CloseRelay.Rises);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void A_throwing_listener_never_stops_the_state_machine()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Sink.Throw = true;
            rig.Open();
            rig.RunUntil(DoorState.Open);
            Assert.IsTrue(rig.Controller.SinkFailures > 0);
            Assert.IsFalse(rig.Relay.IsActive);
        }
    }
}
