// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using nanoFramework.TestFramework;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>Garage safety on a fake clock: close warning (16 CFR 1211.14), obstructions, auto-close, boot.</summary>
    [TestClass]
    public class GarageSafetyTests
    {
        private static long WarningLead(GarageRig rig)
        {
            return rig.Relay.RiseTime(0) - rig.Light.RiseTime(0);
        }

        // Remote close, beam broken part-way down, the opener reverses to the open limit.
        private static void ObstructedClose(GarageRig rig, ActorKind actor)
        {
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.Close(actor, 5, true, rig.Now));
            rig.RunUntil(DoorState.Closing);
            rig.Run(4000);
            rig.Obstruction.IsActive = true;
            rig.Door.Reverse();
            rig.Run(200);
            rig.Obstruction.IsActive = false;
            rig.RunUntil(DoorState.Open);
            rig.Run(2000);
        }

        private static GarageRig OpenedWithAutoClose(int minutes)
        {
            GarageRig rig = GarageRig.Closed();
            GarageSettings s = rig.Controller.Settings;
            s.AutoCloseMinutes = minutes;
            rig.Configure(s);
            rig.Open();
            rig.RunUntil(DoorState.Open);
            return rig;
        }

        [TestMethod]
        public void Remote_close_flashes_light_and_buzzer_at_least_5_s_before_the_press()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.Run(4900);
            Assert.AreEqual(0, rig.Relay.Rises);
            rig.RunUntilPresses(1);
            Assert.IsTrue(WarningLead(rig) >= 5000, "lead " + WarningLead(rig).ToString());
            Assert.IsTrue(WarningLead(rig) <= 5000 + GarageRig.Step);
            Assert.AreEqual(rig.Light.RiseTime(0), rig.Buzzer.RiseTime(0));
        }

        [TestMethod]
        public void Flashing_is_at_least_1_Hz_during_the_warning_and_while_the_door_closes()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.RunUntil(DoorState.Closed);
            long closedAt = rig.Sink.Last(DoorState.Closed).At;
            Assert.IsTrue(closedAt - rig.Light.RiseTime(0) > 15000);
            long last = rig.Light.RiseTime(0);
            for (int i = 1; i < rig.Light.Rises; i++)
            {
                long rise = rig.Light.RiseTime(i);
                Assert.IsTrue(rise - last <= 1000, "gap between flashes " + (rise - last).ToString());
                last = rise;
            }

            Assert.IsTrue(last >= closedAt - 1000);
            Assert.IsFalse(rig.Light.IsActive);
            Assert.IsFalse(rig.Buzzer.IsActive);
        }

        [TestMethod]
        public void A_warning_setting_of_2_s_is_clamped_to_5_s()
        {
            GarageRig rig = GarageRig.Opened();
            GarageSettings s = rig.Controller.Settings;
            s.WarningMs = 2000;
            rig.Configure(s);
            Assert.AreEqual(GarageSettings.MinWarningMs, rig.Controller.Settings.WarningMs);
            rig.Close();
            rig.RunUntilPresses(1);
            Assert.IsTrue(WarningLead(rig) >= 5000);
        }

        [TestMethod]
        public void A_longer_warning_setting_is_honoured()
        {
            GarageRig rig = GarageRig.Opened();
            GarageSettings s = rig.Controller.Settings;
            s.WarningMs = 10000;
            rig.Configure(s);
            rig.Close();
            rig.RunUntilPresses(1);
            Assert.IsTrue(WarningLead(rig) >= 10000);
        }

        [TestMethod]
        public void Stop_during_the_warning_cancels_the_close_without_a_press()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.Run(3000);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Stop());
            rig.Idle(60000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
            Assert.IsFalse(rig.Light.IsActive);
            Assert.IsFalse(rig.Snapshot.WarningActive);
        }

        [TestMethod]
        public void Open_during_the_warning_cancels_the_close()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.Run(1000);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Open());
            rig.Run(30000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
        }

        [TestMethod]
        public void Stopping_a_closing_door_ends_the_warning()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.RunUntil(DoorState.Closing);
            rig.Run(2000);
            rig.Stop();
            rig.Run(100);
            Assert.AreEqual((int)DoorState.Stopped, (int)rig.State);
            Assert.IsFalse(rig.Light.IsActive);
            Assert.IsFalse(rig.Buzzer.IsActive);
        }

        [TestMethod]
        public void An_obstruction_while_closing_is_reported_and_the_openers_reversal_observed()
        {
            GarageRig rig = GarageRig.Opened();
            ObstructedClose(rig, ActorKind.Owner);
            GarageSnapshot s = rig.Snapshot;
            Assert.IsTrue(s.Obstructed);
            Assert.AreEqual((int)DoorState.Open, (int)s.State);
            Assert.AreEqual((int)ActorKind.System, (int)rig.Sink.Last(DoorState.Open).Cause);
            Assert.IsTrue(rig.Sink.AnyObstructed(DoorState.Closing));
            Assert.AreEqual(1, rig.Relay.Rises);
            Assert.IsFalse(rig.Light.IsActive);
        }

        [TestMethod]
        public void A_closing_door_that_does_not_reverse_after_an_obstruction_is_a_Fault()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.RunUntil(DoorState.Closing);
            rig.Run(4000);
            rig.Door.Motion = 0;
            rig.Obstruction.IsActive = true;
            rig.RunUntil(DoorState.Fault);
            Assert.AreEqual((int)GarageReason.ReversalNotObserved, (int)rig.Snapshot.FaultReason);
        }

        [TestMethod]
        public void Two_obstructed_unattended_closes_suspend_remote_and_automatic_closing_until_a_local_reset()
        {
            GarageRig rig = GarageRig.Opened();
            GarageSettings s = rig.Controller.Settings;
            s.AutoCloseMinutes = 1;
            rig.Configure(s);
            ObstructedClose(rig, ActorKind.Owner);
            Assert.IsFalse(rig.Snapshot.UnattendedCloseSuspended);
            ObstructedClose(rig, ActorKind.Guest);
            Assert.IsTrue(rig.Snapshot.UnattendedCloseSuspended);
            Assert.AreEqual((int)GarageReason.UnattendedCloseSuspended, (int)rig.Close());
            int presses = rig.Relay.Rises;
            rig.Idle(3 * 60000);
            Assert.AreEqual(presses, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
            rig.Controller.LocalReset(rig.Now);
            Assert.IsFalse(rig.Snapshot.UnattendedCloseSuspended);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Close());
            rig.RunUntil(DoorState.Closed);
        }

        [TestMethod]
        public void Close_is_refused_while_the_obstruction_input_is_active()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Obstruction.IsActive = true;
            rig.Run(100);
            Assert.AreEqual((int)GarageReason.ObstructionActive, (int)rig.Close());
            rig.Run(10000);
            Assert.AreEqual(0, rig.Relay.Rises);
        }

        [TestMethod]
        public void An_obstruction_during_the_warning_cancels_the_close_before_any_press()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Close();
            rig.Run(2000);
            rig.Obstruction.IsActive = true;
            rig.Run(10000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.IsTrue(rig.Snapshot.Obstructed);
            Assert.IsFalse(rig.Light.IsActive);
        }

        [TestMethod]
        public void Auto_close_is_off_by_default()
        {
            GarageRig rig = GarageRig.Closed();
            Assert.AreEqual(0, rig.Controller.Settings.AutoCloseMinutes);
            rig.Open();
            rig.RunUntil(DoorState.Open);
            rig.Idle(30 * 60000);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
        }

        [TestMethod]
        public void Auto_close_after_N_minutes_runs_the_full_warning_and_is_attributed_to_AutoClose()
        {
            GarageRig rig = OpenedWithAutoClose(2);
            long openedAt = rig.Now;
            rig.Run((2 * 60000) - 100);
            Assert.AreEqual(0, rig.Light.Rises);
            rig.RunUntil(DoorState.Closed);
            long warnStart = rig.Light.RiseTime(0);
            Assert.IsTrue(warnStart - openedAt >= 2 * 60000 && warnStart - openedAt <= (2 * 60000) + 40);
            Assert.IsTrue(rig.Relay.RiseTime(1) - warnStart >= 5000);
            Assert.AreEqual((int)ActorKind.AutoClose, (int)rig.Sink.Last(DoorState.Closing).Cause);
            Assert.AreEqual((int)ActorKind.AutoClose, (int)rig.Sink.Last(DoorState.Closed).Cause);
        }

        [TestMethod]
        public void A_command_restarts_the_auto_close_timer()
        {
            GarageRig rig = OpenedWithAutoClose(2);
            rig.Run(90000);
            rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now);
            rig.Run(90000);
            Assert.AreEqual(0, rig.Light.Rises);
            rig.RunUntil(DoorState.Closed);
        }

        [TestMethod]
        public void Stop_during_the_auto_close_warning_cancels_it_until_the_door_moves_again()
        {
            GarageRig rig = OpenedWithAutoClose(1);
            rig.RunUntilWarning();
            rig.Stop();
            rig.Idle(10 * 60000);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
            Assert.AreEqual(1, rig.Relay.Rises);
        }

        [TestMethod]
        public void Auto_close_is_skipped_while_the_beam_is_blocked()
        {
            GarageRig rig = OpenedWithAutoClose(1);
            rig.Obstruction.IsActive = true;
            rig.Idle(5 * 60000);
            Assert.AreEqual(1, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
        }

        [TestMethod]
        public void No_relay_pulse_at_boot_whatever_the_inputs()
        {
            for (int inputs = 0; inputs < 8; inputs++)
            {
                GarageRig rig = new GarageRig(0, false, true, false);
                rig.ClosedLimit.IsActive = (inputs & 1) != 0;
                rig.OpenLimit.IsActive = (inputs & 2) != 0;
                rig.Obstruction.IsActive = (inputs & 4) != 0;
                rig.Idle(10 * 60000);
                Assert.AreEqual(0, rig.Relay.Rises, "inputs " + inputs.ToString());
                Assert.IsFalse(rig.Light.IsActive);
            }
        }

        [TestMethod]
        public void A_restored_auto_close_setting_does_not_close_a_door_found_open_at_boot()
        {
            GarageRig rig = new GarageRig(SimulatedOpener.Top, false, true, true);
            GarageSettings saved = new GarageSettings();
            saved.AutoCloseMinutes = 1;
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.RestoreSettings(saved));
            rig.Idle(10 * 60000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.AreEqual((int)DoorState.Open, (int)rig.State);
            Assert.AreEqual(1, rig.Controller.Settings.AutoCloseMinutes);
        }

        [TestMethod]
        public void State_is_Unknown_until_the_limits_settle_then_derived_from_the_closed_limit()
        {
            GarageRig rig = new GarageRig(0, false, true, true);
            Assert.AreEqual((int)DoorState.Unknown, (int)rig.State);
            rig.Run(20);
            Assert.AreEqual((int)DoorState.Unknown, (int)rig.State);
            rig.Run(100);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            Assert.AreEqual((int)ActorKind.System, (int)rig.Sink.At(0).Cause);
        }

        [TestMethod]
        public void Boot_between_the_limits_stays_Unknown()
        {
            GarageRig rig = new GarageRig(500, false, true, true).Boot();
            Assert.AreEqual((int)DoorState.Unknown, (int)rig.State);
            Assert.AreEqual(1, rig.Sink.Count);
        }

        [TestMethod]
        public void Commands_before_the_limits_settle_are_refused_and_change_nothing()
        {
            GarageRig rig = new GarageRig(0, false, true, true);
            Assert.AreEqual((int)GarageReason.SensorsSettling, (int)rig.Open());
            Assert.AreEqual((int)GarageReason.ClosedLimitUntrusted, (int)rig.Close());
            Assert.AreEqual((int)GarageReason.SensorsSettling, (int)rig.Stop());
            rig.Run(5000);
            Assert.AreEqual(0, rig.Relay.Rises);
        }

        [TestMethod]
        public void A_bouncing_reed_switch_does_not_move_the_reported_state()
        {
            GarageRig rig = new GarageRig(0, false, true, false);
            rig.ClosedLimit.IsActive = true;
            rig.Boot();
            for (int i = 0; i < 50; i++)
            {
                rig.ClosedLimit.IsActive = i % 2 == 0;
                rig.Run(20);
            }

            rig.ClosedLimit.IsActive = true;
            rig.Run(200);
            Assert.AreEqual((int)DoorState.Closed, (int)rig.State);
            Assert.AreEqual(1, rig.Sink.Count);
        }

        [TestMethod]
        public void The_controller_times_out_correctly_across_the_tick_counter_wrap()
        {
            GarageRig rig = new GarageRig(0, false, true, true);
            rig.Clock.NowMilliseconds = long.MaxValue - 3000;
            rig.Boot();
            rig.Door.Responds = false;
            rig.Open();
            long waited = rig.RunUntil(DoorState.Fault);
            Assert.IsTrue(rig.Now < 0, "the test must cross the wrap");
            Assert.AreEqual((int)GarageReason.DepartureTimeout, (int)rig.Snapshot.FaultReason);
            Assert.IsTrue(waited <= GarageSettings.MaxDepartureMs, "waited " + waited.ToString());
        }
    }
}
