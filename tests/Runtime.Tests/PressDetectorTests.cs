// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;
using Xunit;

namespace Runtime.Tests
{
    public class PressDetectorTests
    {
        private readonly FakeInput _input = new FakeInput();
        private long _now = 0;

        private PressDetector NewDetector(int debounce = 30, int minPress = 60, int longPress = 0)
        {
            PressDetector d = new PressDetector(_input, debounce, minPress, longPress);
            Assert.Equal(PressEvent.None, d.Poll(_now));
            return d;
        }

        // Holds the input at a level for ms, sampling every step; returns every event seen.
        private System.Collections.Generic.List<PressEvent> Hold(PressDetector d, bool level, int ms, int step = 1)
        {
            var events = new System.Collections.Generic.List<PressEvent>();
            _input.Active = level;
            for (int t = 0; t < ms; t += step)
            {
                _now += step;
                PressEvent e = d.Poll(_now);
                if (e != PressEvent.None)
                {
                    events.Add(e);
                }
            }

            return events;
        }

        [Fact]
        public void A5msGlitchNeverCountsAsAPress()
        {
            PressDetector d = NewDetector();
            var events = Hold(d, true, 5);
            events.AddRange(Hold(d, false, 500));
            Assert.Empty(events);
        }

        [Theory]
        [InlineData(59)]
        [InlineData(30)]
        [InlineData(1)]
        public void APressShorterThanTheMinimumNeverCounts(int ms)
        {
            PressDetector d = NewDetector(minPress: 60);
            var events = Hold(d, true, ms);
            events.AddRange(Hold(d, false, 500));
            Assert.Empty(events);
        }

        [Fact]
        public void APressReachingTheMinimumCountsOnceWhileStillHeld()
        {
            PressDetector d = NewDetector(minPress: 60);

            // The first active sample starts the count; 60 ms later is the 61st sample.
            var events = Hold(d, true, 60);
            Assert.Empty(events);
            events.AddRange(Hold(d, true, 1));
            Assert.Equal(new[] { PressEvent.Pressed }, events);
            Assert.True(d.IsHeld);
            Assert.Empty(Hold(d, true, 1000));
        }

        [Fact]
        public void RepeatedGlitchesShorterThanTheMinimumNeverAddUpToAPress()
        {
            PressDetector d = NewDetector(minPress: 60);
            var events = new System.Collections.Generic.List<PressEvent>();
            for (int i = 0; i < 50; i++)
            {
                events.AddRange(Hold(d, true, 40));
                events.AddRange(Hold(d, false, 2));
            }

            Assert.Empty(events);
        }

        [Fact]
        public void BounceWhileLettingGoIsNotASecondPress()
        {
            PressDetector d = NewDetector(debounce: 30, minPress: 60);
            var events = Hold(d, true, 100);
            for (int i = 0; i < 5; i++)
            {
                events.AddRange(Hold(d, false, 3));
                events.AddRange(Hold(d, true, 3));
            }

            events.AddRange(Hold(d, false, 29));
            Assert.Equal(new[] { PressEvent.Pressed }, events);
            events.AddRange(Hold(d, false, 2));
            Assert.Equal(new[] { PressEvent.Pressed, PressEvent.Released }, events);
            Assert.False(d.IsHeld);
        }

        [Fact]
        public void LongPressIsReportedOnceAtTheLongPressTimeCountedFromThePressStart()
        {
            PressDetector d = NewDetector(minPress: 50, longPress: 5000);
            var events = Hold(d, true, 5000);
            Assert.Equal(new[] { PressEvent.Pressed }, events);
            events.AddRange(Hold(d, true, 1));
            Assert.Equal(new[] { PressEvent.Pressed, PressEvent.LongPress }, events);
            events.AddRange(Hold(d, true, 10000));
            Assert.Equal(2, events.Count);
        }

        [Fact]
        public void AnInputActiveAtStartIsIgnoredUntilItOpens()
        {
            _input.Active = true;
            PressDetector d = new PressDetector(_input, 30, 60, 5000);
            var events = Hold(d, true, 20000);
            Assert.Empty(events);
            events.AddRange(Hold(d, false, 10));
            events.AddRange(Hold(d, true, 100));
            Assert.Equal(new[] { PressEvent.Pressed }, events);
        }

        [Fact]
        public void PressesAreDetectedAcrossTheClockWrapping()
        {
            _now = long.MaxValue - 30;
            PressDetector d = NewDetector(minPress: 60, longPress: 200);
            var events = Hold(d, true, 250);
            Assert.Equal(new[] { PressEvent.Pressed, PressEvent.LongPress }, events);
            Assert.True(_now < 0, "the test must cross the wrap");
        }

        private sealed class FakeInput : IDigitalInput
        {
            public bool Active { get; set; }

            public bool IsActive
            {
                get { return Active; }
            }
        }
    }
}
