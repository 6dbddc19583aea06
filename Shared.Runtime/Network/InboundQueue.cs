// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>
    /// A fixed ring of inbound messages between the transport thread and the command thread. When full, new
    /// messages are dropped and counted: a flood never grows memory and never blocks the network thread.
    /// Oversized payloads are dropped too (no valid message is larger than the slot).
    /// </summary>
    public sealed class InboundQueue
    {
        private readonly InboundMessage[] _slots;
        private readonly object _lock = new object();
        private int _head;
        private int _count;

        /// <summary>Creates the queue.</summary>
        /// <param name="capacity">Number of slots (at least 1).</param>
        /// <param name="maxPayload">Largest payload accepted.</param>
        public InboundQueue(int capacity, int maxPayload)
        {
            _slots = new InboundMessage[capacity < 1 ? 1 : capacity];
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = new InboundMessage(maxPayload);
            }
        }

        /// <summary>Gets the number of queued messages.</summary>
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

        /// <summary>Gets the number of slots.</summary>
        public int Capacity
        {
            get { return _slots.Length; }
        }

        /// <summary>Gets how many messages were dropped because the queue was full.</summary>
        public int DroppedFull { get; private set; }

        /// <summary>Gets how many messages were dropped because they were too large.</summary>
        public int DroppedOversize { get; private set; }

        /// <summary>Queues a copy of a message; false (and counted) when full or too large.</summary>
        /// <param name="kind">Topic kind.</param>
        /// <param name="payload">Bytes.</param>
        /// <param name="retained">Retain flag.</param>
        /// <returns>True when queued.</returns>
        public bool TryEnqueue(InboundKind kind, byte[] payload, bool retained)
        {
            int length = payload == null ? 0 : payload.Length;
            lock (_lock)
            {
                if (length > _slots[0].Payload.Length)
                {
                    DroppedOversize++;
                    return false;
                }

                if (_count == _slots.Length)
                {
                    DroppedFull++;
                    return false;
                }

                InboundMessage slot = _slots[(_head + _count) % _slots.Length];
                slot.Kind = kind;
                slot.Length = length;
                slot.Retained = retained;
                if (length > 0)
                {
                    System.Array.Copy(payload, slot.Payload, length);
                }

                _count++;
                return true;
            }
        }

        /// <summary>Moves the oldest message into <paramref name="into"/>; false when empty.</summary>
        /// <param name="into">Destination (same payload capacity).</param>
        /// <returns>True when a message was taken.</returns>
        public bool TryDequeue(InboundMessage into)
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

        /// <summary>Drops everything queued (after a factory reset).</summary>
        public void Clear()
        {
            lock (_lock)
            {
                _head = 0;
                _count = 0;
            }
        }
    }
}
