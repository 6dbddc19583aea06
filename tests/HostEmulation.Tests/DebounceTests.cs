// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using Xunit;

namespace HostEmulation.Tests
{
    public class DebounceTests : BoardTest
    {
        private readonly List<string> _events = new List<string>();

        [Fact]
        public void Edges_within_the_timeout_after_an_accepted_edge_are_filtered()
        {
            GpioPin pin = Open(TimeSpan.FromMilliseconds(50));

            Board.Press(32);              // t=0: accepted
            Clock.AdvanceMilliseconds(10);
            Board.Release(32);            // t=10: bounce, filtered
            Clock.AdvanceMilliseconds(10);
            Board.Press(32);              // t=20: bounce, filtered
            Clock.AdvanceMilliseconds(80);
            Board.Release(32);            // t=100: accepted

            Assert.Equal(new[] { "Falling@0", "Rising@100" }, _events);
            Assert.Equal(2, Board.GetFilteredEdgeCount(32));
            Assert.Equal(PinValue.High, pin.Read());
        }

        [Fact]
        public void An_edge_exactly_at_the_timeout_is_accepted()
        {
            Open(TimeSpan.FromMilliseconds(50));

            Board.Press(32);
            Clock.AdvanceMilliseconds(50);
            Board.Release(32);

            Assert.Equal(new[] { "Falling@0", "Rising@50" }, _events);
        }

        [Fact]
        public void The_level_reads_true_even_while_its_edges_are_filtered()
        {
            GpioPin pin = Open(TimeSpan.FromMilliseconds(50));

            Board.Press(32);
            Clock.AdvanceMilliseconds(5);
            Board.Release(32);

            Assert.Single(_events);
            Assert.Equal(PinValue.High, pin.Read());
        }

        [Fact]
        public void Without_a_timeout_every_edge_is_reported()
        {
            GpioPin pin = Open(TimeSpan.Zero);

            Board.Press(32);
            Board.Release(32);
            Board.Press(32);

            Assert.Equal(3, _events.Count);
            Assert.Equal(TimeSpan.Zero, pin.DebounceTimeout);
        }

        private GpioPin Open(TimeSpan debounce)
        {
            GpioPin pin = new GpioController().OpenPin(32, PinMode.InputPullUp);
            pin.DebounceTimeout = debounce;
            pin.ValueChanged += (s, e) => _events.Add(e.ChangeType + "@" + Board.Now.TotalMilliseconds);
            return pin;
        }
    }
}
