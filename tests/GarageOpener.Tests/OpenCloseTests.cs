// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    public class OpenCloseTests
    {
        [Fact]
        public void Open_from_Closed_presses_once_and_reports_Opening_then_Open_attributed_to_the_owner()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();

            Assert.Equal(GarageReason.Done, rig.Open());
            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(new[] { DoorState.Closed, DoorState.Opening, DoorState.Open }, rig.Sink.States());
            Assert.Equal(ActorKind.Owner, rig.Sink.Last(DoorState.Opening).Cause);
            Assert.Equal(GarageRig.OwnerId, rig.Sink.Last(DoorState.Open).CauseId);
            Assert.False(rig.Light.IsActive);
            Assert.Equal(0, rig.Light.Rises); // opening needs no warning
        }

        [Fact]
        public void Close_from_Open_warns_presses_once_and_reports_Closing_then_Closed()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();

            Assert.Equal(GarageReason.Done, rig.Close(actor: ActorKind.Guest, id: 42));
            rig.RunUntil(r => r.State == DoorState.Closed);

            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(new[] { DoorState.Open, DoorState.Closing, DoorState.Closed }, rig.Sink.States());
            Assert.Equal(ActorKind.Guest, rig.Sink.Last(DoorState.Closed).Cause);
            Assert.Equal(42, rig.Sink.Last(DoorState.Closed).CauseId);
        }

        [Fact]
        public void Open_at_the_open_limit_and_close_at_the_closed_limit_are_refused_without_a_press()
        {
            var open = new GarageRig(doorPosition: 1.0).Boot();
            var closed = new GarageRig(doorPosition: 0.0).Boot();

            Assert.Equal(GarageReason.AlreadyOpen, open.Open());
            Assert.Equal(GarageReason.AlreadyClosed, closed.Close());
            open.Run(10_000);
            closed.Run(10_000);
            Assert.Equal(0, open.Relay.Rises + closed.Relay.Rises);
        }

        [Fact]
        public void Repeating_a_command_already_in_flight_does_not_press_again()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            rig.Run(1_000);
            Assert.Equal(GarageReason.Done, rig.Open());
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void Reversing_while_moving_is_refused_until_stopped()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);

            Assert.Equal(GarageReason.InMotion, rig.Close());
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void Stop_while_moving_presses_once_and_reports_Stopped()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            rig.Run(3_000);

            Assert.Equal(GarageReason.Done, rig.Stop(ActorKind.Owner, 9));
            rig.Run(100);

            Assert.Equal(DoorState.Stopped, rig.State);
            Assert.Equal(2, rig.Relay.Rises);
            Assert.Equal(0, rig.Door.Motion);
            Assert.Equal(9, rig.Sink.Last(DoorState.Stopped).CauseId);
            rig.Run(60_000);
            Assert.Equal(DoorState.Stopped, rig.State); // a stopped door raises no timeout fault
        }

        [Fact]
        public void Stop_at_rest_does_nothing()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            Assert.Equal(GarageReason.Done, rig.Stop());
            rig.Run(5_000);
            Assert.Equal(0, rig.Relay.Rises);
            Assert.Equal(DoorState.Closed, rig.State);
        }

        [Fact]
        public void Movement_with_no_command_in_flight_is_attributed_to_Manual()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.Motion = +1; // the wall button

            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Opening).Cause);
            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Open).Cause);
            Assert.Equal(0, rig.Relay.Rises);
        }

        [Fact]
        public void A_manual_run_that_never_arrives_becomes_Stopped_not_Fault()
        {
            var rig = new GarageRig(doorPosition: 1.0).Boot();
            rig.Door.JamAt = 0.5;
            rig.Door.Motion = -1;

            rig.RunUntil(r => r.State == DoorState.Closing);
            rig.RunUntil(r => r.State != DoorState.Closing);

            Assert.Equal(DoorState.Stopped, rig.State);
            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Stopped).Cause);
        }

        [Fact]
        public void Status_reports_lock_cause_and_time_in_state()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Run(1_000);
            GarageSnapshot s = rig.Snapshot;

            Assert.Equal(DoorState.Closed, s.State);
            Assert.True(s.MillisecondsInState >= 1_000);
            Assert.Equal(InputLevel.Active, s.ClosedLimit);
            Assert.Equal(InputLevel.Inactive, s.OpenLimit);
            Assert.False(s.Locked);
            Assert.Equal(MotionDirection.None, s.Commanded);
        }

        [Fact]
        public void A_door_reversed_at_the_wall_during_a_commanded_open_is_left_alone_and_attributed_to_Manual()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Opening);
            rig.Run(2_000);
            rig.Door.Motion = -1; // someone at the wall sends it back down

            rig.RunUntil(r => r.State == DoorState.Closed);
            rig.Run(30_000);

            Assert.Equal(DoorState.Closed, rig.State);
            Assert.Equal(ActorKind.Manual, rig.Sink.Last(DoorState.Closed).Cause);
            Assert.Equal(1, rig.Relay.Rises);
        }

        [Fact]
        public void A_manual_open_reversed_before_the_top_reports_Closed_again()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Door.Motion = +1;
            rig.RunUntil(r => r.State == DoorState.Opening);
            rig.Run(3_000);
            rig.Door.Motion = -1;

            rig.RunUntil(r => r.State == DoorState.Closed);
            Assert.Equal(new[] { DoorState.Closed, DoorState.Opening, DoorState.Closed }, rig.Sink.States());
        }
    }
}
