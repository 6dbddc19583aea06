// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>
    /// A fixed ring of <see cref="OutboundEvent"/> between the controller's poll thread (producer) and the runtime
    /// thread (consumer): the poll loop never waits on flash or the network. Full: the new event is dropped
    /// and counted.
    /// </summary>
    public sealed class EventQueue
    {
        private readonly OutboundEvent[] _slots;
        private readonly object _lock = new object();
        private int _head;
        private int _count;

        /// <summary>Creates the queue.</summary>
        /// <param name="capacity">Number of slots (at least 1).</param>
        public EventQueue(int capacity)
        {
            _slots = new OutboundEvent[capacity < 1 ? 1 : capacity];
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = new OutboundEvent();
            }
        }

        /// <summary>Gets how many events were dropped because the queue was full.</summary>
        public int Dropped { get; private set; }

        /// <summary>Gets the number of queued events.</summary>
        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _count;
                }
            }
        }

        /// <summary>Queues a copy of an event; false (and counted) when full.</summary>
        /// <param name="item">The event.</param>
        /// <returns>True when queued.</returns>
        public bool TryEnqueue(OutboundEvent item)
        {
            lock (_lock)
            {
                if (_count == _slots.Length)
                {
                    Dropped++;
                    return false;
                }

                _slots[(_head + _count) % _slots.Length].CopyFrom(item);
                _count++;
                return true;
            }
        }

        /// <summary>
        /// Queues a copy of an event; when full the OLDEST is overwritten (and counted), for buffers where the
        /// latest state matters more than history that is already in the audit chain.
        /// </summary>
        /// <param name="item">The event.</param>
        public void EnqueueDroppingOldest(OutboundEvent item)
        {
            lock (_lock)
            {
                if (_count == _slots.Length)
                {
                    _head = (_head + 1) % _slots.Length;
                    _count--;
                    Dropped++;
                }

                _slots[(_head + _count) % _slots.Length].CopyFrom(item);
                _count++;
            }
        }

        /// <summary>Forgets every queued event (factory reset); the drop counter stays.</summary>
        public void Clear()
        {
            lock (_lock)
            {
                for (int i = 0; i < _slots.Length; i++)
                {
                    System.Array.Clear(_slots[i].Data, 0, _slots[i].Data.Length);
                }

                _head = 0;
                _count = 0;
            }
        }

        /// <summary>Moves the oldest event into <paramref name="into"/>; false when empty.</summary>
        /// <param name="into">Destination.</param>
        /// <returns>True when an event was taken.</returns>
        public bool TryDequeue(OutboundEvent into)
        {
            lock (_lock)
            {
                if (_count == 0)
                {
                    return false;
                }

                into.CopyFrom(_slots[_head]);
                _head = (_head + 1) % _slots.Length;
                _count--;
                return true;
            }
        }
    }
}
