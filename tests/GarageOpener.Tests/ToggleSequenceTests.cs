// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>Toggle-only openers: every press after the first is justified by what the limits showed.</summary>
    public class ToggleSequenceTests
    {
        // Opens, then stops the door part-way: the opener rests "after up", the next press would close.
        private static GarageRig StoppedAfterOpening()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            rig.Run(4_000);
            rig.Stop();
            rig.Run(2_000);
            Assert.Equal(DoorState.Stopped, rig.State);
            return rig;
        }

        private static GarageRig StoppedAfterClosing()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(4_000);
            rig.Stop();
            rig.Run(2_000);
            Assert.Equal(DoorState.Stopped, rig.State);
            return rig;
        }

        [Fact]
        public void The_cycle_is_open_stop_close_stop()
        {
            TogglePhase p = TogglePhase.StoppedAfterDown;
            var motions = new MotionDirection[4];
            for (int i = 0; i < 4; i++)
            {
                p = ToggleCycle.Next(p);
                motions[i] = ToggleCycle.MotionOf(p);
            }

            Assert.Equal(new[] { MotionDirection.Up, MotionDirection.None, MotionDirection.Down, MotionDirection.None }, motions);
            Assert.Equal(TogglePhase.StoppedAfterDown, p);
            Assert.Equal(MotionDirection.None, ToggleCycle.Predict(TogglePhase.Unknown));
        }

        [Fact]
        public void Close_from_stopped_after_opening_is_one_warned_press()
        {
            var rig = StoppedAfterOpening();
            int before = rig.Relay.Rises;

            Assert.Equal(GarageReason.Done, rig.Close());
            rig.RunUntil(r => r.State == DoorState.Closed);

            Assert.Equal(before + 1, rig.Relay.Rises);
            Assert.True(rig.Relay.RiseTimes().Last() - rig.Light.RiseTimes().First() >= 5_000);
            Assert.Contains(DoorState.Closing, rig.Sink.States());
        }

        [Fact]
        public void Open_from_stopped_after_closing_is_one_unwarned_press()
        {
            var rig = StoppedAfterClosing();
            int before = rig.Relay.Rises;
            int flashes = rig.Light.Rises;

            Assert.Equal(GarageReason.Done, rig.Open());
            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(before + 1, rig.Relay.Rises);
            Assert.Equal(flashes, rig.Light.Rises);
        }

        [Fact]
        public void Open_from_stopped_after_opening_goes_down_first_with_a_warning_and_presses_again_only_at_the_closed_limit()
        {
            var rig = StoppedAfterOpening();
            int before = rig.Relay.Rises;

            Assert.Equal(GarageReason.Done, rig.Open());
            rig.Run(4_000);
            Assert.Equal(before, rig.Relay.Rises); // warning first: this press will send the door down

            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(before + 1, rig.Relay.Rises);

            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(before + 2, rig.Relay.Rises);
            Assert.Equal(ActorKind.Owner, rig.Sink.Last(DoorState.Open).Cause);
        }

        [Fact]
        public void Close_from_stopped_after_closing_goes_up_first_then_warns_again_before_the_second_press()
        {
            var rig = StoppedAfterClosing();
            int before = rig.Relay.Rises;

            Assert.Equal(GarageReason.Done, rig.Close());
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(before + 1, rig.Relay.Rises);
            long openedAt = rig.Now;

            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(before + 2, rig.Relay.Rises);
            long secondPress = rig.Relay.RiseTimes().Last();
            Assert.True(secondPress - openedAt >= 5_000, "the door rested at the open limit, so a fresh warning runs");
        }

        [Fact]
        public void A_press_that_cannot_move_the_door_at_its_limit_is_followed_by_one_more_only_after_no_departure_was_seen()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.StartDelayMs = 3_000; // a slow-start opener: the stop lands before the door moves
            rig.Open();
            rig.Run(100);
            rig.Stop();
            rig.Run(2_500);
            Assert.Equal(DoorState.Closed, rig.State);
            Assert.Equal(2, rig.Relay.Rises);

            rig.Open(); // the cycle now says "down": at the closed limit that press cannot move the door
            rig.RunUntil(r => r.Relay.Rises == 3);
            rig.Run(3_800);
            Assert.Equal(3, rig.Relay.Rises); // waits for the departure timeout before concluding anything

            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(4, rig.Relay.Rises);
        }

        [Fact]
        public void From_Unknown_between_the_limits_the_first_press_is_warned_and_the_wrong_limit_justifies_a_second()
        {
            var rig = new GarageRig(doorPosition: 0.5).Boot();
            rig.Door.LastDirection = +1; // the opener will go down on the next press; the controller cannot know

            Assert.Equal(GarageReason.Done, rig.Open());
            rig.Run(4_000);
            Assert.Equal(0, rig.Relay.Rises);

            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(1, rig.Relay.Rises);
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(2, rig.Relay.Rises);
        }

        [Fact]
        public void From_Unknown_a_press_that_happens_to_go_the_right_way_needs_no_second()
        {
            var rig = new GarageRig(doorPosition: 0.5).Boot();
            rig.Door.LastDirection = -1;

            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void Stop_then_the_same_direction_again_resumes_with_the_cycle_it_observed()
        {
            var rig = StoppedAfterClosing();
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            rig.Run(2_000);
            rig.Stop();
            rig.Run(2_000);

            rig.Open(); // after up then stop, the cycle says down: down first, then up from the closed limit
            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(2 + 2 + 2, rig.Relay.Rises);
        }

        [Fact]
        public void Separate_buttons_use_the_open_close_and_stop_relays()
        {
            var rig = new GarageRig(doorPosition: 0.0, separateButtons: true).Boot();
            rig.Configure(s => s.Opener = OpenerKind.SeparateButtons);

            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.Run(2_000);
            rig.Stop();
            rig.Run(100);

            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(1, rig.CloseRelay.Rises);
            Assert.Equal(1, rig.StopRelay.Rises);
            Assert.Equal(DoorState.Stopped, rig.State);

            rig.Run(2_000);
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(2, rig.CloseRelay.Rises);
        }

        [Fact]
        public void Separate_buttons_are_refused_when_the_close_and_stop_relays_are_not_fitted()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            var s = rig.Controller.Settings;
            s.Opener = OpenerKind.SeparateButtons;

            Assert.Equal(GarageReason.InvalidSetting, rig.Controller.ApplySettings(s, ActorKind.Owner, 1, true, rig.Now));
            Assert.Equal(OpenerKind.ToggleOnly, rig.Controller.Settings.Opener);
        }
    }
}
