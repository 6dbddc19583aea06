// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>The doorbell state machine on a fake clock: presses, chime, camera, rate limit, offline queue, setup button.</summary>
    [TestClass]
    public class DoorbellRingTests
    {
        private static DoorbellSettings Unlimited()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.RingBurst = DoorbellSettings.RingBurstHigh;
            s.RingRefillMs = DoorbellSettings.RingRefillLowMs;
            return s;
        }

        [TestMethod]
        public void A_press_rings_the_chime_pulses_the_camera_and_delivers_one_event()
        {
            DoorbellRig rig = DoorbellRig.Default();
            long pressAt = rig.Now;
            rig.Press(200);
            rig.Run(3000);
            Assert.AreEqual(1, rig.Chime.Rises);
            Assert.AreEqual(1, rig.Camera.Rises);
            Assert.AreEqual(1, rig.Sink.Count);
            RingEvent e = rig.Sink.At(0);
            Assert.AreEqual((int)DoorbellEventKind.Ring, (int)e.Kind);
            Assert.AreEqual(1, e.Sequence);
            Assert.IsTrue(e.ChimeSounded);
            Assert.AreEqual(0, e.SuppressedPresses);
            Assert.IsTrue(e.MonotonicMs >= pressAt + 60 && e.MonotonicMs <= pressAt + 80, "rang at " + (e.MonotonicMs - pressAt).ToString());
            Assert.AreEqual(0L, e.UtcMs);
        }

        [TestMethod]
        public void A_ghost_ring_from_interference_never_rings()
        {
            DoorbellRig rig = DoorbellRig.Default();
            for (int i = 0; i < 100; i++)
            {
                rig.Button.IsActive = true;
                rig.Run(5, 1);
                rig.Button.IsActive = false;
                rig.Run(50, 1);
            }

            Assert.AreEqual(0, rig.Chime.Rises);
            Assert.AreEqual(0, rig.Camera.Rises);
            Assert.AreEqual(0, rig.Sink.Count);
            Assert.AreEqual(0, rig.Status().LastSequence);
        }

        [TestMethod]
        public void A_press_shorter_than_the_configured_minimum_never_rings()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.MinPressMs = 150;
            DoorbellRig rig = DoorbellRig.With(s);
            rig.Press(140);
            Assert.AreEqual(0, rig.Sink.Count);
            rig.Press(170);
            Assert.AreEqual(1, rig.Sink.Count);
        }

        [TestMethod]
        public void Holding_the_outside_button_rings_once_and_never_opens_pairing()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Press(30000);
            Assert.AreEqual(1, rig.Sink.Count);
            Assert.AreEqual(0, rig.Pairing.Opened);
            Assert.AreEqual(0, rig.Reset.Wipes);
        }

        [TestMethod]
        public void A_flood_of_presses_is_rate_limited_and_the_next_ring_reports_the_suppressed_count()
        {
            DoorbellRig rig = DoorbellRig.Default();
            for (int i = 0; i < 20; i++)
            {
                rig.Press(100);
            }

            Assert.AreEqual(3, rig.Sink.Count);
            Assert.AreEqual(17, rig.Status().SuppressedPresses);
            rig.Run(20000);
            rig.Press(100);
            Assert.AreEqual(4, rig.Sink.Count);
            Assert.AreEqual(17, rig.Sink.At(3).SuppressedPresses);
            Assert.AreEqual(4, rig.Sink.At(3).Sequence);
            Assert.IsTrue(rig.Sink.At(3).ChimeSounded);

            // The three burst rings overlap one 400 ms chime (one closure); the late ring closes it again.
            Assert.AreEqual(2, rig.Chime.Rises);
            Assert.AreEqual(0, rig.Status().SuppressedPresses);
        }

        [TestMethod]
        public void The_single_chime_pattern_closes_the_relay_for_400_ms()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Press(100);
            rig.Run(2000);
            Assert.AreEqual(1, rig.Chime.Rises);
            Assert.AreEqual(400L, rig.Chime.PulseLength(0));
        }

        [TestMethod]
        public void The_double_chime_pattern_plays_its_steps_as_data()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.ChimePatternIndex = ChimePattern.DoubleIndex;
            DoorbellRig rig = DoorbellRig.With(s);
            rig.Press(100);
            rig.Run(3000);
            Assert.AreEqual(2, rig.Chime.Rises);
            Assert.AreEqual(400L, rig.Chime.PulseLength(0));
            Assert.AreEqual(400L, rig.Chime.PulseLength(1));
            Assert.AreEqual(1000L, rig.Chime.RiseTime(1) - rig.Chime.RiseTime(0));
        }

        [TestMethod]
        public void The_camera_pulse_has_the_configured_length_and_is_clamped_to_the_limit()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.CameraPulseMs = 750;
            DoorbellRig rig = DoorbellRig.With(s);
            rig.Press(100);
            rig.Run(2000);
            Assert.AreEqual(750L, rig.Camera.PulseLength(0));

            s.CameraPulseMs = 60000;
            DoorbellRig clamped = DoorbellRig.With(s);
            clamped.Press(100);
            clamped.Run(10000);
            Assert.AreEqual((long)DoorbellLimits.CameraMaxPulseMs, clamped.Camera.PulseLength(0));
        }

        [TestMethod]
        public void Events_carry_the_trusted_utc_advanced_by_the_monotonic_clock()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Controller.SetTrustedUtc(1800000000000, rig.Now);
            long utcAt = rig.Now;
            rig.Run(5000);
            rig.Press(100);
            RingEvent e = rig.Sink.At(0);
            Assert.AreEqual(1800000000000 + (e.MonotonicMs - utcAt), e.UtcMs);
        }

        [TestMethod]
        public void Motion_is_reported_as_a_rate_limited_event_without_a_chime()
        {
            DoorbellRig rig = DoorbellRig.Default();
            for (int i = 0; i < 5; i++)
            {
                rig.Motion.IsActive = true;
                rig.Run(3000);
                rig.Motion.IsActive = false;
                rig.Run(3000);
            }

            Assert.AreEqual(1, rig.Sink.Count);
            Assert.AreEqual((int)DoorbellEventKind.Motion, (int)rig.Sink.At(0).Kind);
            Assert.IsFalse(rig.Sink.At(0).ChimeSounded);
            Assert.AreEqual(0, rig.Chime.Rises);
            rig.Run(60000, 100);
            rig.Motion.IsActive = true;
            rig.Run(500);
            Assert.AreEqual(2, rig.Sink.Count);
            Assert.AreEqual(4, rig.Sink.At(1).SuppressedPresses);
        }

        [TestMethod]
        public void A_ring_across_the_clock_wrap_still_releases_chime_and_camera_on_time()
        {
            DoorbellRig rig = new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, long.MaxValue - 100, false, true);
            rig.Press(100);
            rig.Run(2000);
            Assert.IsTrue(rig.Now < 0, "the test must cross the wrap");
            Assert.AreEqual(400L, rig.Chime.PulseLength(0));
            Assert.AreEqual(200L, rig.Camera.PulseLength(0));
            Assert.IsFalse(rig.Chime.IsActive);
            Assert.IsFalse(rig.Camera.IsActive);
        }

        [TestMethod]
        public void Rings_while_offline_are_delivered_on_reconnect_oldest_first_with_their_original_times()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), true, DoorbellLimits.DefaultQueueCapacity, 1000, false, false);
            long[] times = new long[3];
            for (int i = 0; i < 3; i++)
            {
                rig.Button.IsActive = true;
                rig.Run(70);
                times[i] = rig.Now;
                rig.Button.IsActive = false;
                rig.Run(5000);
            }

            Assert.AreEqual(0, rig.Sink.Count);
            Assert.AreEqual(3, rig.Status().QueuedEvents);
            rig.Run(600000, 1000);
            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.AreEqual(3, rig.Sink.Count);
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual(i + 1, rig.Sink.At(i).Sequence);
                Assert.AreEqual(times[i], rig.Sink.At(i).MonotonicMs);
            }

            Assert.AreEqual(0, rig.Status().QueuedEvents);
        }

        [TestMethod]
        public void A_long_outage_keeps_only_the_newest_events_and_counts_the_drops()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), true, 4, 1000, false, false);
            for (int i = 0; i < 10; i++)
            {
                rig.Press(100);
                rig.Run(2000);
            }

            Assert.AreEqual(6, rig.Status().DroppedEvents);
            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.AreEqual(4, rig.Sink.Count);
            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(7 + i, rig.Sink.At(i).Sequence);
            }
        }

        [TestMethod]
        public void A_backlog_drains_a_few_events_per_poll_so_the_button_keeps_being_sampled()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), true, DoorbellLimits.DefaultQueueCapacity, 1000, false, false);
            for (int i = 0; i < 10; i++)
            {
                rig.Press(100);
                rig.Run(2000);
            }

            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.AreEqual(DoorbellLimits.DeliveriesPerPoll, rig.Sink.Count);
            rig.Run(30);
            Assert.AreEqual(10, rig.Sink.Count);
        }

        [TestMethod]
        public void A_failed_delivery_keeps_the_event_and_retries_after_a_pause()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Sink.Refuse = true;
            rig.Button.IsActive = true;
            rig.Run(70);
            rig.Button.IsActive = false;
            Assert.AreEqual(1, rig.Sink.Attempts);
            Assert.AreEqual(1, rig.Status().QueuedEvents);
            rig.Run(DoorbellLimits.DeliveryRetryMs - 10);
            Assert.AreEqual(1, rig.Sink.Attempts);
            rig.Sink.Refuse = false;
            rig.Run(10);
            Assert.AreEqual(1, rig.Sink.Count);
            Assert.AreEqual(1, rig.Status().FailedDeliveries);
        }

        [TestMethod]
        public void A_throwing_sink_counts_as_a_failed_delivery_and_loses_nothing()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Sink.Throw = true;
            rig.Press(100);
            rig.Run(5000);
            Assert.AreEqual(1, rig.Status().QueuedEvents);
            rig.Sink.Throw = false;
            rig.Run(DoorbellLimits.DeliveryRetryMs);
            Assert.AreEqual(1, rig.Sink.Count);
            Assert.AreEqual(1, rig.Sink.At(0).Sequence);
        }

        [TestMethod]
        public void A_hold_of_the_setup_button_for_the_pairing_time_opens_the_pairing_window_once()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Run(5000);
            rig.Setup.IsActive = true;
            long pressedAt = rig.Now;
            rig.Run(DoorbellLimits.PairingHoldMs - 10);
            Assert.AreEqual(0, rig.Pairing.Opened);
            rig.Run(20);
            Assert.AreEqual(1, rig.Pairing.Opened);
            long after = rig.Pairing.LastOpenedAt - pressedAt;
            Assert.IsTrue(after >= DoorbellLimits.PairingHoldMs && after <= DoorbellLimits.PairingHoldMs + 20);
            rig.Run(20000);
            Assert.AreEqual(1, rig.Pairing.Opened);
            Assert.AreEqual(0, rig.Reset.Wipes);
        }

        [TestMethod]
        public void A_short_press_of_the_setup_button_does_nothing()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Run(5000);
            rig.Setup.IsActive = true;
            rig.Run(DoorbellLimits.PairingHoldMs - 1000);
            rig.Setup.IsActive = false;
            rig.Run(10000);
            Assert.AreEqual(0, rig.Pairing.Opened);
            Assert.AreEqual(0, rig.Sink.Count);
        }

        [TestMethod]
        public void Holding_the_setup_button_through_boot_wipes_the_device_once()
        {
            DoorbellRig rig = new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, 1000, true, true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs - 10);
            Assert.AreEqual(0, rig.Reset.Wipes);
            Assert.AreEqual((int)StatusLedMode.FactoryResetHold, (int)rig.Status().LedMode);
            rig.Run(10);
            Assert.AreEqual(1, rig.Reset.Wipes);
            Assert.IsTrue(rig.Controller.FactoryResetWiped);
            rig.Run(30000);
            Assert.AreEqual(1, rig.Reset.Wipes);
            Assert.AreEqual(0, rig.Pairing.Opened);
        }

        [TestMethod]
        public void After_the_wipe_the_led_flashes_and_commands_are_refused()
        {
            DoorbellRig rig = new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, 1000, true, true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs + 100);
            Assert.AreEqual((int)DoorbellReason.FactoryResetInProgress, (int)rig.Controller.Status(new DoorbellSnapshot(), Shared.Crypto.Audit.ActorKind.Owner, 1, rig.Now));
            Assert.AreEqual((int)DoorbellReason.FactoryResetInProgress, (int)rig.Controller.UnlockStrike(5, true, Shared.Crypto.Audit.ActorKind.Guest, 1, rig.Now));
            int changes = rig.Led.ChangeCount;
            rig.Run(1000);
            Assert.IsTrue(rig.Led.ChangeCount - changes >= 10, "led changes " + (rig.Led.ChangeCount - changes).ToString());
        }

        [TestMethod]
        public void Letting_go_before_the_reset_hold_ends_cancels_it_for_this_power_up()
        {
            DoorbellRig rig = new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, 1000, true, true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs - 1000);
            rig.Setup.IsActive = false;
            rig.Run(100);
            rig.Setup.IsActive = true;
            rig.Run(60000);
            Assert.AreEqual(0, rig.Reset.Wipes);
            Assert.AreEqual(1, rig.Pairing.Opened);
        }

        [TestMethod]
        public void The_reset_gesture_cannot_start_after_the_first_seconds_of_operation()
        {
            DoorbellRig rig = DoorbellRig.Default();
            rig.Run(DoorbellLimits.FactoryResetArmWindowMs + 10);
            rig.Setup.IsActive = true;
            rig.Run(120000);
            Assert.AreEqual(0, rig.Reset.Wipes);
        }
    }
}
