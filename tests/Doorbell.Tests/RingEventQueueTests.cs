// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Xunit;

namespace Doorbell.Tests
{
    public class RingEventQueueTests
    {
        private static RingEvent Event(int seq, long time)
        {
            return new RingEvent { Sequence = seq, Kind = DoorbellEventKind.Ring, MonotonicMs = time, UtcMs = time * 10 };
        }

        [Fact]
        public void EventsComeOutOldestFirstWithTheirOriginalTimes()
        {
            RingEventQueue q = new RingEventQueue(4);
            q.Enqueue(Event(1, 100));
            q.Enqueue(Event(2, 200));
            q.Enqueue(Event(3, 300));
            RingEvent into = new RingEvent();
            for (int i = 1; i <= 3; i++)
            {
                Assert.True(q.TryDequeue(into));
                Assert.Equal(i, into.Sequence);
                Assert.Equal(i * 100L, into.MonotonicMs);
                Assert.Equal(i * 1000L, into.UtcMs);
            }

            Assert.False(q.TryDequeue(into));
            Assert.Equal(0, q.Dropped);
        }

        [Fact]
        public void AFullQueueKeepsTheNewestAndCountsWhatItDropped()
        {
            RingEventQueue q = new RingEventQueue(4);
            for (int i = 1; i <= 10; i++)
            {
                q.Enqueue(Event(i, i * 100));
            }

            Assert.Equal(4, q.Count);
            Assert.Equal(6, q.Dropped);
            RingEvent into = new RingEvent();
            for (int i = 7; i <= 10; i++)
            {
                Assert.True(q.TryDequeue(into));
                Assert.Equal(i, into.Sequence);
                Assert.Equal(i * 100L, into.MonotonicMs);
            }
        }

        [Fact]
        public void TheQueueCopiesEventsSoTheCallerMayReuseItsObject()
        {
            RingEventQueue q = new RingEventQueue(2);
            RingEvent e = Event(1, 100);
            q.Enqueue(e);
            e.Sequence = 99;
            RingEvent into = new RingEvent();
            q.TryPeek(into);
            Assert.Equal(1, into.Sequence);
        }

        [Fact]
        public void RemoveIfOldestRemovesOnlyTheEventThatWasDelivered()
        {
            RingEventQueue q = new RingEventQueue(2);
            q.Enqueue(Event(1, 100));
            q.Enqueue(Event(2, 200));
            q.Enqueue(Event(3, 300));
            Assert.False(q.RemoveIfOldest(1));
            Assert.Equal(2, q.Count);
            Assert.True(q.RemoveIfOldest(2));
            Assert.Equal(1, q.Count);
        }

        [Fact]
        public void CapacityIsAtLeastOne()
        {
            Assert.Equal(1, new RingEventQueue(0).Capacity);
        }
    }
}
