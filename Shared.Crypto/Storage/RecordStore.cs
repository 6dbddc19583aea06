// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections;
using Shared.Crypto.Primitives;

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// Power-safe named records over a medium whose writes are not atomic. Each record has two slot
    /// files, <c>name.0</c> and <c>name.1</c> (layout in <see cref="RecordSlotFormat"/>). A save always
    /// overwrites the slot that does NOT hold the newest valid copy, with generation + 1, so a power cut
    /// at any byte leaves the previous committed value intact; a load takes the valid slot with the
    /// highest generation. Corrupt slots are ignored; errors of the medium itself propagate, because
    /// reading "absent" after an I/O error could roll a counter back.
    /// </summary>
    public sealed class RecordStore
    {
        /// <summary>The largest payload accepted unless the constructor says otherwise.</summary>
        public const int DefaultMaxPayloadLength = 4096;

        /// <summary>The longest record name (the slot files add two characters).</summary>
        public const int MaxNameLength = 32;

        private const int DigestSize = 32;

        private readonly IStorageMedium _medium;
        private readonly int _maxPayloadLength;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[DigestSize];
        private readonly ArrayList _records = new ArrayList();
        private byte[] _slot = new byte[0];
        private int _writeCount;

        /// <summary>
        /// Creates a store over <paramref name="medium"/> for payloads up to
        /// <see cref="DefaultMaxPayloadLength"/> bytes.
        /// </summary>
        /// <param name="medium">The raw medium.</param>
        public RecordStore(IStorageMedium medium)
            : this(medium, DefaultMaxPayloadLength)
        {
        }

        /// <summary>
        /// Creates a store over <paramref name="medium"/>.
        /// </summary>
        /// <param name="medium">The raw medium.</param>
        /// <param name="maxPayloadLength">The largest payload saved or loaded (at most 65535).</param>
        public RecordStore(IStorageMedium medium, int maxPayloadLength)
        {
            if (medium == null)
            {
                throw new ArgumentNullException("medium");
            }

            if (maxPayloadLength < 0 || maxPayloadLength > RecordSlotFormat.MaxPayloadLength)
            {
                throw new ArgumentOutOfRangeException("maxPayloadLength");
            }

            _medium = medium;
            _maxPayloadLength = maxPayloadLength;
        }

        /// <summary>
        /// Gets the number of slot writes issued to the medium since construction (for budget tests).
        /// </summary>
        public int WriteCount
        {
            get { return _writeCount; }
        }

        /// <summary>
        /// Gets the largest payload this store saves or loads.
        /// </summary>
        public int MaxPayloadLength
        {
            get { return _maxPayloadLength; }
        }

        /// <summary>
        /// Loads the newest valid copy of a record.
        /// </summary>
        /// <param name="name">The record name: 1-32 characters of A-Z, a-z, 0-9, '.', '_', '-'.</param>
        /// <param name="buffer">Receives the payload at offset 0.</param>
        /// <returns>The payload length, or -1 when no valid copy exists.</returns>
        /// <exception cref="ArgumentException">The buffer is shorter than the stored payload.</exception>
        public int Load(string name, byte[] buffer)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            RecordState state = Scan(name);
            if (state.NewestSlot < 0)
            {
                return -1;
            }

            // Scan leaves slot 1 in the work buffer; re-read slot 0 when it is the newest.
            long generation;
            int length = state.NewestSlot == 1 ? state.NewestLength : ReadSlot(state.FileName(0), out generation);
            if (length < 0)
            {
                return -1;
            }

            if (buffer.Length < length)
            {
                throw new ArgumentException("buffer");
            }

            Array.Copy(_slot, RecordSlotFormat.HeaderSize, buffer, 0, length);
            return length;
        }

        /// <summary>
        /// Saves a new value of a record into the slot that does not hold the newest valid copy.
        /// When this returns, the value is committed; a power cut before that leaves the old value.
        /// </summary>
        /// <param name="name">The record name: 1-32 characters of A-Z, a-z, 0-9, '.', '_', '-'.</param>
        /// <param name="payload">The new value.</param>
        /// <param name="offset">The first byte of the value in <paramref name="payload"/>.</param>
        /// <param name="count">The value length (at most <see cref="MaxPayloadLength"/>).</param>
        public void Save(string name, byte[] payload, int offset, int count)
        {
            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (offset < 0 || count < 0 || count > payload.Length - offset || count > _maxPayloadLength)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            RecordState state = Find(name);
            if (state == null)
            {
                state = Scan(name);
            }

            int target = state.NewestSlot == 0 ? 1 : 0;
            long generation = state.NewestGeneration + 1;
            EnsureSlotCapacity(RecordSlotFormat.Overhead + count);
            Array.Copy(payload, offset, _slot, RecordSlotFormat.HeaderSize, count);
            int length = RecordSlotFormat.Seal(_slot, count, generation, _sha, _digest);
            _writeCount++;
            _medium.Write(state.FileName(target), _slot, 0, length);

            // Only a completed write moves the newest copy; a failed one is retried into the same slot.
            state.NewestSlot = target;
            state.NewestGeneration = generation;
            state.NewestLength = count;
        }

        /// <summary>
        /// Deletes both slots of a record (factory reset). The older slot goes first, so a power cut
        /// in between leaves the newest value, never an older one.
        /// </summary>
        /// <param name="name">The record name.</param>
        public void Erase(string name)
        {
            RecordState state = Scan(name);
            int newest = state.NewestSlot < 0 ? 0 : state.NewestSlot;
            _medium.Delete(state.FileName(1 - newest));
            _medium.Delete(state.FileName(newest));
            state.NewestSlot = -1;
            state.NewestGeneration = 0;
            state.NewestLength = 0;
        }

        private RecordState Find(string name)
        {
            for (int i = 0; i < _records.Count; i++)
            {
                RecordState state = (RecordState)_records[i];
                if (state.Name == name)
                {
                    return state;
                }
            }

            return null;
        }

        /// <summary>
        /// Reads and validates both slots, refreshes the cached newest copy, leaves slot 1 in the buffer.
        /// </summary>
        private RecordState Scan(string name)
        {
            RecordState state = Find(name);
            if (state == null)
            {
                ValidateName(name);
                state = new RecordState(name);
                _records.Add(state);
            }

            long generation0;
            long generation1;
            int length0 = ReadSlot(state.FileName(0), out generation0);
            int length1 = ReadSlot(state.FileName(1), out generation1);
            if (length1 >= 0 && (length0 < 0 || generation1 > generation0))
            {
                state.NewestSlot = 1;
                state.NewestGeneration = generation1;
                state.NewestLength = length1;
            }
            else if (length0 >= 0)
            {
                state.NewestSlot = 0;
                state.NewestGeneration = generation0;
                state.NewestLength = length0;
            }
            else
            {
                state.NewestSlot = -1;
                state.NewestGeneration = 0;
                state.NewestLength = 0;
            }

            return state;
        }

        private int ReadSlot(string fileName, out long generation)
        {
            generation = 0;
            int length = _medium.Length(fileName);
            if (length < RecordSlotFormat.Overhead || length > RecordSlotFormat.Overhead + _maxPayloadLength)
            {
                return -1;
            }

            EnsureSlotCapacity(length);
            int read = _medium.Read(fileName, _slot, 0, length);
            if (read != length)
            {
                return -1;
            }

            return RecordSlotFormat.Open(_slot, length, _maxPayloadLength, _sha, _digest, out generation);
        }

        private void EnsureSlotCapacity(int length)
        {
            // Grows to the largest record actually used instead of reserving the maximum up front.
            if (_slot.Length < length)
            {
                _slot = new byte[length];
            }
        }

        private static void ValidateName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > MaxNameLength)
            {
                throw new ArgumentException("name");
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
                if (!ok)
                {
                    throw new ArgumentException("name");
                }
            }
        }

        /// <summary>What the store knows about one record: its slot file names and newest valid copy.</summary>
        private sealed class RecordState
        {
            private readonly string _fileName0;
            private readonly string _fileName1;

            internal RecordState(string name)
            {
                Name = name;
                _fileName0 = name + ".0";
                _fileName1 = name + ".1";
                NewestSlot = -1;
            }

            internal string Name { get; private set; }

            internal int NewestSlot { get; set; }

            internal long NewestGeneration { get; set; }

            internal int NewestLength { get; set; }

            internal string FileName(int slot)
            {
                return slot == 0 ? _fileName0 : _fileName1;
            }
        }
    }
}
