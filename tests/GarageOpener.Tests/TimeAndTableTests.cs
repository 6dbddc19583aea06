// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Xunit;

namespace GarageOpener.Tests
{
    public class TimeAndTableTests
    {
        [Fact]
        public void A_full_close_with_warning_works_while_the_clock_wraps()
        {
            var rig = new GarageRig(doorPosition: 1.0, start: long.MaxValue - 3_000).Boot();
            rig.Close();
            rig.RunUntil(r => r.State == DoorState.Closed);

            Assert.True(rig.Now < 0, "the clock wrapped during the run");
            long lead = unchecked(rig.Relay.RiseTimes().First() - rig.Light.RiseTimes().First());
            Assert.InRange(lead, 5_000, 5_020);
            Assert.Equal(1, rig.Relay.Rises);
            Assert.Equal(500, rig.Relay.PulseLengths().Select(l => unchecked(l)).First());
        }

        [Fact]
        public void The_transition_table_has_one_row_per_state_and_event()
        {
            var seen = new System.Collections.Generic.HashSet<(DoorState, DoorEvent)>();
            int rows = 0;
            foreach (DoorState from in System.Enum.GetValues<DoorState>())
            {
                foreach (DoorEvent evt in System.Enum.GetValues<DoorEvent>())
                {
                    if (DoorTransitions.TryNext(from, evt, out DoorState to))
                    {
                        rows++;
                        Assert.True(seen.Add((from, evt)));
                        Assert.NotEqual(DoorState.Fault, to);
                        Assert.NotEqual(DoorState.Unknown, to);
                    }
                    else
                    {
                        Assert.Equal(from, to);
                    }
                }
            }

            Assert.Equal(DoorTransitions.Count, rows);
            Assert.False(DoorTransitions.TryNext(DoorState.Fault, DoorEvent.ReachedClosed, out _));
        }

        [Theory]
        [InlineData(DoorState.Closed, DoorEvent.LeftClosed, DoorState.Opening)]
        [InlineData(DoorState.Open, DoorEvent.LeftOpen, DoorState.Closing)]
        [InlineData(DoorState.Closing, DoorEvent.ReachedOpen, DoorState.Open)]
        [InlineData(DoorState.Stopped, DoorEvent.PulsedDown, DoorState.Closing)]
        [InlineData(DoorState.Opening, DoorEvent.RunExpired, DoorState.Stopped)]
        public void Key_transitions_are_in_the_table(DoorState from, DoorEvent evt, DoorState expected)
        {
            Assert.True(DoorTransitions.TryNext(from, evt, out DoorState to));
            Assert.Equal(expected, to);
        }
    }
}
