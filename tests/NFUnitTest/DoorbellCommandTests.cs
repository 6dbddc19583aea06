// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware.Controller;
using nanoFramework.TestFramework;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>Doorbell owner commands on a fake clock: mute, do-not-disturb, chime test, snapshot, strike, settings.</summary>
    [TestClass]
    public class DoorbellCommandTests
    {
        private const ActorKind Owner = ActorKind.Owner;

        [TestMethod]
        public void A_muted_ring_is_silent_but_still_photographed_and_reported()
        {
            DoorbellRig rig = DoorbellRig.Default();
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.Mute(30, Owner, 1, rig.Now));
            rig.Press(100);
            rig.Run(1000);
            Assert.AreEqual(0, rig.Chime.Rises);
            Assert.AreEqual(1, rig.Camera.Rises);
            Assert.AreEqual(1, rig.Sink.Count);
            Assert.IsFalse(rig.Sink.At(0).ChimeSounded);
        }

        [TestMethod]
        public void Mute_expires_by_itself_after_the_requested_minutes()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.Mute(1, Owner, 1, rig.Now);
            rig.Run(59990);
            Assert.IsTrue(rig.Status().Muted);
            Assert.AreEqual(10L, rig.Status().MuteRemainingMs);
            rig.Run(10);
            Assert.IsFalse(rig.Status().Muted);
            rig.Press(100);
            rig.Run(1000);
            Assert.AreEqual(1, rig.Chime.Rises);
        }

        [TestMethod]
        public void Mute_outside_its_bounds_is_refused_and_changes_nothing()
        {
            int[] minutes = new int[] { 0, -5, DoorbellLimits.MuteMaxMinutes + 1 };
            for (int i = 0; i < minutes.Length; i++)
            {
                DoorbellRig rig = DoorbellRig.Default();
                Assert.AreEqual((int)DoorbellReason.MuteDurationOutOfRange, (int)rig.Controller.Mute(minutes[i], Owner, 1, rig.Now));
                Assert.IsFalse(rig.Status().Muted);
            }
        }

        [TestMethod]
        public void Unmute_ends_a_mute_at_once()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.Mute(60, Owner, 1, rig.Now);
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.Unmute(Owner, 1, rig.Now));
            rig.Press(100);
            Assert.AreEqual(1, rig.Chime.Rises);
        }

        [TestMethod]
        public void Do_not_disturb_silences_until_turned_off()
        {
            DoorbellRig rig = DoorbellRig.Default();
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.SetDoNotDisturb(true, Owner, 1, rig.Now));
            rig.Run(48 * 3600 * 1000L, 60000);
            rig.Press(100);
            Assert.AreEqual(0, rig.Chime.Rises);
            Assert.IsTrue(rig.Status().DoNotDisturb);
            rig.Controller.SetDoNotDisturb(false, Owner, 1, rig.Now);
            rig.Run(20000);
            rig.Press(100);
            Assert.AreEqual(1, rig.Chime.Rises);
        }

        [TestMethod]
        public void Chime_test_sounds_even_when_muted_and_sends_no_ring_event()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.Mute(60, Owner, 1, rig.Now);
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.ChimeTest(Owner, 1, rig.Now));
            rig.Run(1000);
            Assert.AreEqual(1, rig.Chime.Rises);
            Assert.AreEqual(400L, rig.Chime.PulseLength(0));
            Assert.AreEqual(0, rig.Sink.Count);
        }

        [TestMethod]
        public void Snapshot_pulses_the_camera()
        {
            DoorbellRig rig = DoorbellRig.Default();
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.Snapshot(Owner, 1, rig.Now));
            rig.Run(1000);
            Assert.AreEqual(1, rig.Camera.Rises);
            Assert.AreEqual(200L, rig.Camera.PulseLength(0));
        }

        [TestMethod]
        public void Owner_only_commands_refuse_everyone_else_and_change_nothing()
        {
            ActorKind[] actors = new ActorKind[] { ActorKind.None, ActorKind.Manual, ActorKind.System, ActorKind.LocalButton, ActorKind.Guest };
            for (int i = 0; i < actors.Length; i++)
            {
                DoorbellRig rig = DoorbellRig.Default();
                int expected = actors[i] == ActorKind.Guest ? DoorbellReason.GuestNotAllowed : DoorbellReason.ActorNotAllowed;
                DoorbellSettings quiet = DoorbellSettings.Defaults();
                quiet.ChimeEnabled = false;
                Assert.AreEqual(expected, (int)rig.Controller.Mute(30, actors[i], 7, rig.Now));
                Assert.AreEqual(expected, (int)rig.Controller.SetDoNotDisturb(true, actors[i], 7, rig.Now));
                Assert.AreEqual(expected, (int)rig.Controller.ChimeTest(actors[i], 7, rig.Now));
                Assert.AreEqual(expected, (int)rig.Controller.Snapshot(actors[i], 7, rig.Now));
                Assert.AreEqual(expected, (int)rig.Controller.ApplySettings(quiet, actors[i], 7, rig.Now));
                Assert.AreEqual(expected, (int)rig.Controller.Status(new DoorbellSnapshot(), actors[i], 7, rig.Now));
                rig.Run(1000);
                Assert.AreEqual(0, rig.Chime.Rises + rig.Camera.Rises);
                DoorbellSnapshot s = rig.Status();
                Assert.IsFalse(s.Muted);
                Assert.IsFalse(s.DoNotDisturb);
                Assert.IsTrue(s.ChimeEnabled);
            }
        }

        [TestMethod]
        public void Settings_are_clamped_and_copied()
        {
            DoorbellRig rig = DoorbellRig.Default();
            DoorbellSettings wild = DoorbellSettings.Defaults();
            wild.MinPressMs = 1;
            wild.DebounceMs = 100000;
            wild.RingBurst = 0;
            wild.RingRefillMs = -1;
            wild.CameraPulseMs = 999999;
            wild.MotionIntervalMs = 1;
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.ApplySettings(wild, Owner, 1, rig.Now));
            wild.ChimeEnabled = false;
            DoorbellSettings now = rig.Controller.GetSettings();
            Assert.AreEqual(DoorbellSettings.MinPressLowMs, now.MinPressMs);
            Assert.AreEqual(DoorbellSettings.DebounceHighMs, now.DebounceMs);
            Assert.AreEqual(1, now.RingBurst);
            Assert.AreEqual(DoorbellSettings.RingRefillLowMs, now.RingRefillMs);
            Assert.AreEqual(DoorbellLimits.CameraMaxPulseMs, now.CameraPulseMs);
            Assert.AreEqual(DoorbellSettings.MotionIntervalLowMs, now.MotionIntervalMs);
            Assert.IsTrue(now.ChimeEnabled);
        }

        [TestMethod]
        public void Settings_naming_a_missing_chime_pattern_or_null_are_refused()
        {
            DoorbellRig rig = DoorbellRig.Default();
            DoorbellSettings bad = DoorbellSettings.Defaults();
            bad.ChimePatternIndex = ChimePattern.Count;
            bad.CameraPulseMs = 999;
            Assert.AreEqual((int)DoorbellReason.SettingsInvalid, (int)rig.Controller.ApplySettings(bad, Owner, 1, rig.Now));
            Assert.AreEqual((int)DoorbellReason.SettingsInvalid, (int)rig.Controller.ApplySettings(null, Owner, 1, rig.Now));
            Assert.AreEqual(200, rig.Controller.GetSettings().CameraPulseMs);
        }

        [TestMethod]
        public void New_settings_take_effect_on_the_next_press()
        {
            DoorbellRig rig = DoorbellRig.Default();
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.MinPressMs = 300;
            s.ChimeEnabled = false;
            rig.Controller.ApplySettings(s, Owner, 1, rig.Now);
            rig.Press(200);
            Assert.AreEqual(0, rig.Sink.Count);
            rig.Press(400);
            Assert.AreEqual(1, rig.Sink.Count);
            Assert.IsFalse(rig.Sink.At(0).ChimeSounded);
            Assert.AreEqual(0, rig.Chime.Rises);
        }

        [TestMethod]
        public void Unlock_times_outside_1_to_10_seconds_are_refused_and_the_strike_never_moves()
        {
            int[] seconds = new int[] { 0, 11, -1, int.MaxValue };
            for (int i = 0; i < seconds.Length; i++)
            {
                DoorbellRig rig = DoorbellRig.Default();
                Assert.AreEqual((int)DoorbellReason.StrikeDurationOutOfRange, (int)rig.Controller.UnlockStrike(seconds[i], false, Owner, 1, rig.Now));
                rig.Run(1000);
                Assert.AreEqual(0, rig.Strike.Rises);
            }
        }

        [TestMethod]
        public void An_owner_unlock_holds_the_strike_exactly_as_long_as_asked()
        {
            int[] seconds = new int[] { 1, 4, 10 };
            for (int i = 0; i < seconds.Length; i++)
            {
                DoorbellRig rig = DoorbellRig.Default();
                long start = rig.Now;
                Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.UnlockStrike(seconds[i], false, Owner, 3, rig.Now));
                rig.Run((seconds[i] * 1000) - 10);
                Assert.IsTrue(rig.Strike.IsActive);
                DoorbellSnapshot s = rig.Status();
                Assert.IsTrue(s.StrikeUnlocked);
                Assert.AreEqual((int)Owner, (int)s.StrikeActor);
                Assert.AreEqual(3, s.StrikeActorId);
                rig.Run(10);
                Assert.IsFalse(rig.Strike.IsActive);
                Assert.AreEqual(start, rig.Strike.RiseTime(0));
                Assert.AreEqual(seconds[i] * 1000L, rig.Strike.PulseLength(0));
            }
        }

        [TestMethod]
        public void A_repeated_unlock_restarts_the_time_but_never_adds_to_it()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.UnlockStrike(10, false, Owner, 1, rig.Now);
            rig.Run(9000);
            long again = rig.Now;
            rig.Controller.UnlockStrike(2, false, Owner, 1, rig.Now);
            rig.Run(2000);
            Assert.IsFalse(rig.Strike.IsActive);
            Assert.AreEqual(again + 2000, rig.Strike.LastChangeTime());
        }

        [TestMethod]
        public void Guests_are_refused_unless_their_pass_allows_unlocking()
        {
            DoorbellRig rig = DoorbellRig.Default();
            Assert.AreEqual((int)DoorbellReason.GuestNotAllowed, (int)rig.Controller.UnlockStrike(5, false, ActorKind.Guest, 9, rig.Now));
            rig.Run(100);
            Assert.IsFalse(rig.Strike.IsActive);
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.UnlockStrike(5, true, ActorKind.Guest, 9, rig.Now));
            Assert.IsTrue(rig.Strike.IsActive);
            Assert.AreEqual((int)ActorKind.Guest, (int)rig.Status().StrikeActor);
        }

        [TestMethod]
        public void Non_owner_actors_cannot_unlock_even_with_the_pass_flag_set()
        {
            ActorKind[] actors = new ActorKind[] { ActorKind.None, ActorKind.Manual, ActorKind.LocalButton, ActorKind.System, ActorKind.AutoClose };
            for (int i = 0; i < actors.Length; i++)
            {
                DoorbellRig rig = DoorbellRig.Default();
                Assert.AreEqual((int)DoorbellReason.ActorNotAllowed, (int)rig.Controller.UnlockStrike(5, true, actors[i], 1, rig.Now));
                Assert.IsFalse(rig.Strike.IsActive);
            }
        }

        [TestMethod]
        public void Without_a_strike_fitted_unlock_is_refused()
        {
            DoorbellRig rig = new DoorbellRig(null, false, DoorbellLimits.DefaultQueueCapacity, 1000, false, true);
            Assert.AreEqual((int)DoorbellReason.StrikeNotFitted, (int)rig.Controller.UnlockStrike(5, false, Owner, 1, rig.Now));
            Assert.IsFalse(rig.Status().StrikeFitted);
        }

        [TestMethod]
        public void Lock_strike_relocks_at_once()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.UnlockStrike(10, false, Owner, 1, rig.Now);
            rig.Run(1000);
            Assert.AreEqual((int)DoorbellReason.Done, (int)rig.Controller.LockStrike(false, Owner, 1, rig.Now));
            Assert.IsFalse(rig.Strike.IsActive);
        }

        [TestMethod]
        public void A_throwing_listener_never_keeps_the_strike_open()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Sink.Throw = true;
            rig.Controller.UnlockStrike(10, false, Owner, 1, rig.Now);
            for (int i = 0; i < 5; i++)
            {
                rig.Press(100);
            }

            rig.Run(10000);
            Assert.IsTrue(rig.Sink.Attempts > 0);
            Assert.IsFalse(rig.Strike.IsActive);
            Assert.AreEqual(10000L, rig.Strike.PulseLength(0));
            Assert.IsFalse(rig.Chime.IsActive);
            Assert.IsFalse(rig.Camera.IsActive);
        }

        [TestMethod]
        public void A_driver_that_throws_while_energising_the_strike_is_driven_inactive_again()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Strike.ThrowOnActivate = true;
            Assert.ThrowsException(typeof(InvalidOperationException), () => rig.Controller.UnlockStrike(10, false, Owner, 1, rig.Now));
            Assert.IsFalse(rig.Strike.IsActive);
            Assert.IsFalse(rig.Status().StrikeUnlocked);
        }

        [TestMethod]
        public void The_strike_is_released_on_time_across_the_clock_wrap()
        {
            DoorbellRig rig = new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, long.MaxValue - 4000, false, true);
            rig.Controller.UnlockStrike(10, false, Owner, 1, rig.Now);
            rig.Run(9990);
            Assert.IsTrue(rig.Strike.IsActive);
            rig.Run(10);
            Assert.IsFalse(rig.Strike.IsActive);
            Assert.IsTrue(rig.Now < 0);
        }
    }
}
