// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// The device's hash-chained log of its last N actions (layouts in <see cref="AuditFormat"/>).
    /// Entries are buffered in RAM and persisted through the <see cref="RecordStore"/> when
    /// <c>flushAfterEntries</c> are pending, when <c>flushIntervalMilliseconds</c> passed since the oldest
    /// pending one (checked by <see cref="Poll"/>), or on <see cref="Flush"/>. A power cut loses at most the
    /// unflushed tail; the record store's two slots keep the persisted chain whole, so its integrity is
    /// never at stake. Flush before serving a read-out, so an owner never pins a head that a power cut
    /// could take back. Door movements without a command are appended by callers as
    /// <see cref="ActorKind.Manual"/>.
    /// </summary>
    public sealed class AuditChain
    {
        /// <summary>Entries kept unless the constructor says otherwise.</summary>
        public const int DefaultCapacity = 64;

        /// <summary>Pending entries that force a flush unless the constructor says otherwise.</summary>
        public const int DefaultFlushAfterEntries = 8;

        /// <summary>Longest time an entry stays only in RAM unless the constructor says otherwise.</summary>
        public const long DefaultFlushIntervalMilliseconds = 60000;

        private readonly RecordStore _store;
        private readonly string _name;
        private readonly int _flushAfterEntries;
        private readonly long _flushIntervalMilliseconds;
        private readonly AuditRing _ring;
        private readonly byte[] _record;
        private readonly byte[] _entry = new byte[AuditFormat.EntrySize];
        private int _pending;
        private bool _dirty;
        private long _oldestPendingAt;

        /// <summary>
        /// Creates an empty chain with the default capacity and flush policy; call <see cref="Load"/> next.
        /// </summary>
        /// <param name="store">Where the chain is persisted.</param>
        /// <param name="name">The record name.</param>
        public AuditChain(RecordStore store, string name)
            : this(store, name, DefaultCapacity, DefaultFlushAfterEntries, DefaultFlushIntervalMilliseconds)
        {
        }

        /// <summary>
        /// Creates an empty chain; call <see cref="Load"/> next.
        /// </summary>
        /// <param name="store">Where the chain is persisted (its payload limit must fit the chain).</param>
        /// <param name="name">The record name.</param>
        /// <param name="capacity">Entries kept (at least 1).</param>
        /// <param name="flushAfterEntries">Pending entries that trigger a flush (at least 1).</param>
        /// <param name="flushIntervalMilliseconds">Longest time an entry stays only in RAM.</param>
        public AuditChain(
            RecordStore store,
            string name,
            int capacity,
            int flushAfterEntries,
            long flushIntervalMilliseconds)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            int recordLength = AuditFormat.RecordHeaderSize + (capacity * AuditFormat.EntrySize);
            if (capacity < 1 || recordLength > store.MaxPayloadLength)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            if (flushAfterEntries < 1 || flushIntervalMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("flushAfterEntries");
            }

            _store = store;
            _name = name;
            _flushAfterEntries = flushAfterEntries;
            _flushIntervalMilliseconds = flushIntervalMilliseconds;
            _ring = new AuditRing(capacity);
            _record = new byte[recordLength];
        }

        /// <summary>Gets the number of entries kept.</summary>
        public int Capacity
        {
            get { return _ring.Capacity; }
        }

        /// <summary>Gets the number of entries retained now.</summary>
        public int Count
        {
            get { return _ring.Count; }
        }

        /// <summary>Gets the sequence of the oldest retained entry (<see cref="LastSequence"/> + 1 when empty).</summary>
        public long FirstSequence
        {
            get { return _ring.AnchorSequence + 1; }
        }

        /// <summary>Gets the sequence of the newest entry (the head), 0 for a new chain.</summary>
        public long LastSequence
        {
            get { return _ring.LastSequence; }
        }

        /// <summary>Gets the number of entries appended since the last flush.</summary>
        public int PendingCount
        {
            get { return _pending; }
        }

        /// <summary>Gets the encoded length of the persisted form right now.</summary>
        public int EncodedLength
        {
            get { return AuditFormat.RecordHeaderSize + (_ring.Count * AuditFormat.EntrySize); }
        }

        /// <summary>
        /// Copies the head hash (the hash of the newest entry) for an owner to pin.
        /// </summary>
        /// <param name="output">The destination (32 bytes).</param>
        /// <param name="offset">Where the hash goes.</param>
        public void CopyHeadHash(byte[] output, int offset)
        {
            Array.Copy(_ring.HeadHash, 0, output, offset, AuditFormat.HashSize);
        }

        /// <summary>
        /// Replaces this chain with the persisted one. Never throws for bad content: see the result.
        /// </summary>
        /// <returns>What was found.</returns>
        public AuditLoadResult Load()
        {
            _pending = 0;
            _dirty = false;
            byte[] buffer = _record;
            int length;
            try
            {
                length = _store.Load(_name, buffer);
            }
            catch (ArgumentException)
            {
                // Written by a build with a larger capacity: read it whole, keep the newest entries.
                buffer = new byte[_store.MaxPayloadLength];
                length = _store.Load(_name, buffer);
            }

            if (length < 0)
            {
                _ring.Reset(0, new byte[AuditFormat.HashSize], 0);
                return AuditLoadResult.Empty;
            }

            if (AuditRecordCodec.TryParse(buffer, 0, length, _ring) && _ring.Verify())
            {
                return AuditLoadResult.Loaded;
            }

            // Keep the numbering when it is readable, anchor on the bad bytes, persist the break soon.
            long lastSequence = AuditRecordCodec.ReadLastSequence(buffer, length);
            byte[] anchor = new byte[AuditFormat.HashSize];
            Sha256.Hash(buffer, 0, length, anchor, 0);
            _ring.Reset(lastSequence, anchor, 0);
            _dirty = true;
            return AuditLoadResult.Broken;
        }

        /// <summary>
        /// Appends an entry in RAM and flushes when <c>flushAfterEntries</c> are pending. If that flush
        /// throws, the entry stays pending and the next flush retries.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time, ms since boot.</param>
        /// <param name="utcSeconds">Trusted UTC in seconds since 1970, 0 when unknown (saturated to 0 .. 2^32-1).</param>
        /// <param name="actorKind">Who acted (never <see cref="ActorKind.None"/>).</param>
        /// <param name="actorId">Key id or pass id (saturated to 0 .. 2^32-1; 0 when the kind has none).</param>
        /// <param name="action">The action code.</param>
        /// <param name="result">The result code.</param>
        /// <param name="state">The resulting state byte.</param>
        /// <returns>The entry's sequence number.</returns>
        public long Append(
            long nowMilliseconds,
            long utcSeconds,
            ActorKind actorKind,
            long actorId,
            byte action,
            byte result,
            byte state)
        {
            if (!AuditEntry.IsKnownKind((byte)actorKind))
            {
                throw new ArgumentOutOfRangeException("actorKind");
            }

            // Values the 32-bit fields cannot hold saturate instead of throwing: whatever time or id arrives, the
            // action still gets its entry (a throw here once let a bad owner time erase actions from the chain).
            utcSeconds = Saturate(utcSeconds);
            actorId = Saturate(actorId);
            nowMilliseconds = nowMilliseconds < 0 ? 0 : nowMilliseconds;

            long sequence = _ring.LastSequence + 1;
            if (sequence > AuditFormat.MaxSequence)
            {
                throw new InvalidOperationException("audit sequence exhausted");
            }

            AuditEntry.Write(_entry, 0, sequence, nowMilliseconds, utcSeconds, actorKind, actorId, action, result, state);
            _ring.Push(_entry, 0);
            if (_pending == 0)
            {
                _oldestPendingAt = nowMilliseconds;
            }

            _pending++;
            if (_pending >= _flushAfterEntries)
            {
                Flush();
            }

            return sequence;
        }

        private static long Saturate(long value)
        {
            return value < 0 ? 0 : (value > AuditFormat.MaxSequence ? AuditFormat.MaxSequence : value);
        }

        /// <summary>
        /// Flushes when the oldest pending entry has waited <c>flushIntervalMilliseconds</c>, or when
        /// <see cref="Load"/> found a broken record that must be replaced. Call it from the main loop.
        /// </summary>
        /// <param name="nowMilliseconds">Monotonic time, ms since boot.</param>
        /// <returns>true when it wrote the store.</returns>
        public bool Poll(long nowMilliseconds)
        {
            bool due = _dirty
                || (_pending > 0 && nowMilliseconds - _oldestPendingAt >= _flushIntervalMilliseconds);
            if (!due)
            {
                return false;
            }

            Flush();
            return true;
        }

        /// <summary>
        /// Persists the chain now (one record store write) when anything is pending.
        /// </summary>
        public void Flush()
        {
            if (_pending == 0 && !_dirty)
            {
                return;
            }

            int length = AuditRecordCodec.Encode(_ring, _record, 0);
            _store.Save(_name, _record, 0, length);
            _pending = 0;
            _dirty = false;
        }

        /// <summary>
        /// Writes the persisted form (also what <see cref="Flush"/> saves).
        /// </summary>
        /// <param name="output">The destination, at least <see cref="EncodedLength"/> bytes from offset.</param>
        /// <param name="offset">Where the encoding starts.</param>
        /// <returns>The bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            return AuditRecordCodec.Encode(_ring, output, offset);
        }

        /// <summary>
        /// Replaces this chain with a persisted form when it parses; unchanged otherwise. Call
        /// <see cref="Verify"/> afterwards to check the hashes.
        /// </summary>
        /// <param name="input">The persisted form.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its length.</param>
        /// <returns>false when the bytes are malformed.</returns>
        public bool TryParse(byte[] input, int offset, int count)
        {
            return AuditRecordCodec.TryParse(input, offset, count, _ring);
        }

        /// <summary>
        /// Recomputes the chain from the anchor: false when an entry was altered, removed, reordered or
        /// inserted, or when the head hash does not match.
        /// </summary>
        /// <returns>true when the chain is intact.</returns>
        public bool Verify()
        {
            return _ring.Verify();
        }

        /// <summary>
        /// Reads a retained entry.
        /// </summary>
        /// <param name="sequence">The entry's sequence number.</param>
        /// <param name="entry">Receives the fields.</param>
        /// <returns>false when the entry rolled off or does not exist yet.</returns>
        public bool TryGetEntry(long sequence, AuditEntry entry)
        {
            if (sequence < FirstSequence || sequence > LastSequence)
            {
                return false;
            }

            int offset = _ring.OffsetOf((int)(sequence - FirstSequence));
            return AuditEntry.TryParse(_ring.Buffer, offset, AuditFormat.EntrySize, entry);
        }

        /// <summary>
        /// Encodes a read-out page of up to <paramref name="maxEntries"/> entries from
        /// <paramref name="fromSequence"/> (or the oldest retained one), with the hash that precedes them
        /// and the current head, so an owner can verify it and link it to the previous page.
        /// </summary>
        /// <param name="fromSequence">The first sequence wanted.</param>
        /// <param name="maxEntries">At most this many (capped at <see cref="AuditPage.MaxEntries"/>).</param>
        /// <param name="output">The destination (<see cref="AuditPage.MaxEncodedSize"/> always suffices).</param>
        /// <param name="offset">Where the page starts.</param>
        /// <returns>The bytes written.</returns>
        public int EncodePage(long fromSequence, int maxEntries, byte[] output, int offset)
        {
            return AuditRecordCodec.EncodePage(_ring, fromSequence, maxEntries, output, offset);
        }
    }
}
