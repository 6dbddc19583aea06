// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// A monotonic 64-bit counter persisted in blocks, so that flash is written once per block instead of
    /// once per value. The record holds a ceiling: every value handed out or observed is at or below the
    /// ceiling persisted BEFORE it left this object. After a reboot the ceiling becomes <see cref="Floor"/>
    /// and counting resumes above it: a reboot skips ahead (at most one block), never back.
    /// Payload: the ceiling as a big-endian 64-bit integer (8 bytes).
    /// </summary>
    public sealed class CounterReservation
    {
        /// <summary>The payload length of a counter record.</summary>
        public const int RecordLength = 8;

        private readonly RecordStore _store;
        private readonly string _name;
        private readonly int _blockSize;
        private readonly byte[] _record = new byte[RecordLength];
        private readonly long _floor;
        private long _last;
        private long _reserved;

        /// <summary>
        /// Loads the counter's persisted ceiling (0 when the record is absent).
        /// </summary>
        /// <param name="store">The record store.</param>
        /// <param name="name">The record name.</param>
        /// <param name="blockSize">Values reserved per write (at least 1).</param>
        /// <exception cref="InvalidOperationException">The record exists but is not a counter.</exception>
        public CounterReservation(RecordStore store, string name, int blockSize)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (blockSize < 1)
            {
                throw new ArgumentOutOfRangeException("blockSize");
            }

            _store = store;
            _name = name;
            _blockSize = blockSize;
            int length;
            try
            {
                length = store.Load(name, _record);
            }
            catch (ArgumentException)
            {
                // A valid record longer than a counter: another record type under this name.
                length = int.MaxValue;
            }

            if (length >= 0 && length != RecordLength)
            {
                throw new InvalidOperationException("not a counter record");
            }

            long ceiling = length == RecordLength ? ByteOrder.ReadInt64(_record, 0) : 0;
            if (ceiling < 0)
            {
                throw new InvalidOperationException("not a counter record");
            }

            _floor = ceiling;
            _last = ceiling;
            _reserved = ceiling;
        }

        /// <summary>
        /// Gets the ceiling loaded at construction: every value at or below it may have been handed out
        /// or accepted before the reboot, so none of them may be used or accepted again.
        /// </summary>
        public long Floor
        {
            get { return _floor; }
        }

        /// <summary>
        /// Gets the highest value handed out or observed so far (<see cref="Floor"/> at start).
        /// </summary>
        public long Last
        {
            get { return _last; }
        }

        /// <summary>
        /// Gets the ceiling currently persisted.
        /// </summary>
        public long Reserved
        {
            get { return _reserved; }
        }

        /// <summary>
        /// Gets the number of values reserved per write.
        /// </summary>
        public int BlockSize
        {
            get { return _blockSize; }
        }

        /// <summary>
        /// Returns a value never returned or observed before, even across reboots. Writes the store only
        /// when the reserved block is exhausted; if that write fails the value is not handed out.
        /// </summary>
        /// <returns>The next value, starting at <see cref="Floor"/> + 1.</returns>
        /// <exception cref="InvalidOperationException">The 63-bit range is exhausted.</exception>
        public long Next()
        {
            if (_last == long.MaxValue)
            {
                throw new InvalidOperationException("counter exhausted");
            }

            long value = _last + 1;
            if (value > _reserved)
            {
                Reserve(value);
            }

            _last = value;
            return value;
        }

        /// <summary>
        /// Records a value accepted from a peer (a receive-side high-water mark). Call it after the
        /// message is authenticated and before acting on it: when the value crosses the persisted ceiling,
        /// a new block starting at the value is persisted first. If that write throws, refuse the message.
        /// Values at or below <see cref="Last"/> change nothing.
        /// </summary>
        /// <param name="value">The authenticated counter value.</param>
        public void Observe(long value)
        {
            if (value <= _last)
            {
                return;
            }

            if (value > _reserved)
            {
                Reserve(value);
            }

            _last = value;
        }

        private void Reserve(long first)
        {
            long ceiling = first > long.MaxValue - (_blockSize - 1) ? long.MaxValue : first + (_blockSize - 1);
            ByteOrder.WriteInt64(_record, 0, ceiling);
            _store.Save(_name, _record, 0, RecordLength);
            _reserved = ceiling;
        }
    }
}
