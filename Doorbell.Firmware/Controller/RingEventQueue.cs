// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// A fixed-capacity queue of events waiting for delivery. When full it drops the oldest event and
    /// counts the drop: after an outage the newest rings matter most. Slots are allocated once, so a
    /// flood of events allocates nothing.
    /// </summary>
    public sealed class RingEventQueue
    {
        private readonly RingEvent[] _slots;
        private int _head;
        private int _count;
        private int _dropped;

        /// <summary>
        /// Creates an empty queue.
        /// </summary>
        /// <param name="capacity">How many events it holds (at least 1).</param>
        public RingEventQueue(int capacity)
        {
            _slots = new RingEvent[capacity < 1 ? 1 : capacity];
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = new RingEvent();
            }
        }

        /// <summary>
        /// Gets how many events it can hold.
        /// </summary>
        public int Capacity
        {
            get { return _slots.Length; }
        }

        /// <summary>
        /// Gets how many events are waiting.
        /// </summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>
        /// Gets how many events were dropped because the queue was full (since boot).
        /// </summary>
        public int Dropped
        {
            get { return _dropped; }
        }

        /// <summary>
        /// Adds a copy of <paramref name="ringEvent"/>; when full, the oldest event is dropped first.
        /// </summary>
        /// <param name="ringEvent">The event to copy in.</param>
        public void Enqueue(RingEvent ringEvent)
        {
            if (_count == _slots.Length)
            {
                _head = (_head + 1) % _slots.Length;
                _count--;
                if (_dropped < int.MaxValue)
                {
                    _dropped++;
                }
            }

            _slots[(_head + _count) % _slots.Length].CopyFrom(ringEvent);
            _count++;
        }

        /// <summary>
        /// Copies the oldest event into <paramref name="into"/> without removing it.
        /// </summary>
        /// <param name="into">Receives the event.</param>
        /// <returns><c>false</c> when empty.</returns>
        public bool TryPeek(RingEvent into)
        {
            if (_count == 0)
            {
                return false;
            }

            into.CopyFrom(_slots[_head]);
            return true;
        }

        /// <summary>
        /// Copies the oldest event into <paramref name="into"/> and removes it.
        /// </summary>
        /// <param name="into">Receives the event.</param>
        /// <returns><c>false</c> when empty.</returns>
        public bool TryDequeue(RingEvent into)
        {
            if (!TryPeek(into))
            {
                return false;
            }

            RemoveOldest();
            return true;
        }

        /// <summary>
        /// Removes the oldest event if its sequence number is <paramref name="sequence"/>: a delivery that
        /// raced with an overflow never removes an event it did not deliver.
        /// </summary>
        /// <param name="sequence">The sequence number of the delivered event.</param>
        /// <returns><c>true</c> when removed.</returns>
        public bool RemoveIfOldest(int sequence)
        {
            if (_count == 0 || _slots[_head].Sequence != sequence)
            {
                return false;
            }

            RemoveOldest();
            return true;
        }

        private void RemoveOldest()
        {
            _head = (_head + 1) % _slots.Length;
            _count--;
        }
    }
}
