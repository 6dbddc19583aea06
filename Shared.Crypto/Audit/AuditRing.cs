// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// The last N encoded entries in a fixed ring plus the chain state around them: the anchor (hash and
    /// sequence of the newest entry that rolled off) and the head hash. No I/O, no allocation per entry.
    /// </summary>
    internal sealed class AuditRing
    {
        private readonly byte[] _entries;
        private readonly int _capacity;
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _anchorHash = new byte[AuditFormat.HashSize];
        private readonly byte[] _headHash = new byte[AuditFormat.HashSize];
        private int _first;
        private int _count;
        private long _anchorSequence;

        internal AuditRing(int capacity)
        {
            _capacity = capacity;
            _entries = new byte[capacity * AuditFormat.EntrySize];
        }

        internal int Capacity
        {
            get { return _capacity; }
        }

        internal int Count
        {
            get { return _count; }
        }

        internal long AnchorSequence
        {
            get { return _anchorSequence; }
        }

        internal long LastSequence
        {
            get { return _anchorSequence + _count; }
        }

        internal byte[] AnchorHash
        {
            get { return _anchorHash; }
        }

        internal byte[] HeadHash
        {
            get { return _headHash; }
        }

        internal Sha256 Sha
        {
            get { return _sha; }
        }

        /// <summary>Offset in the ring buffer of the i-th retained entry, oldest first.</summary>
        internal int OffsetOf(int index)
        {
            return ((_first + index) % _capacity) * AuditFormat.EntrySize;
        }

        internal byte[] Buffer
        {
            get { return _entries; }
        }

        /// <summary>Starts over: no entries, the given anchor, head = anchor.</summary>
        internal void Reset(long anchorSequence, byte[] anchorHash, int anchorOffset)
        {
            _first = 0;
            _count = 0;
            _anchorSequence = anchorSequence;
            Array.Copy(anchorHash, anchorOffset, _anchorHash, 0, AuditFormat.HashSize);
            Array.Copy(anchorHash, anchorOffset, _headHash, 0, AuditFormat.HashSize);
        }

        /// <summary>Overwrites the head hash with a stored one, so <see cref="Verify"/> can compare.</summary>
        internal void SetHead(byte[] hash, int offset)
        {
            Array.Copy(hash, offset, _headHash, 0, AuditFormat.HashSize);
        }

        /// <summary>Appends an encoded entry whose sequence is <see cref="LastSequence"/> + 1.</summary>
        internal void Push(byte[] entry, int offset)
        {
            if (_count == _capacity)
            {
                // The oldest entry rolls off: its hash becomes the anchor the rest chains from.
                AuditFormat.Link(_sha, _entries, OffsetOf(0), _anchorHash);
                _anchorSequence++;
                _first = (_first + 1) % _capacity;
                _count--;
            }

            int target = OffsetOf(_count);
            Array.Copy(entry, offset, _entries, target, AuditFormat.EntrySize);
            _count++;
            AuditFormat.Link(_sha, _entries, target, _headHash);
        }

        /// <summary>
        /// Recomputes the chain from the anchor and checks sequence numbers and the head hash.
        /// </summary>
        internal bool Verify()
        {
            byte[] hash = new byte[AuditFormat.HashSize];
            return HashBefore(LastSequence + 1, hash) && Equal(hash, _headHash);
        }

        /// <summary>
        /// Computes the chain hash after the entry <paramref name="sequence"/> - 1 (the anchor when it is
        /// the first retained one), checking sequence numbers on the way.
        /// </summary>
        internal bool HashBefore(long sequence, byte[] hash)
        {
            Array.Copy(_anchorHash, 0, hash, 0, AuditFormat.HashSize);
            long expected = _anchorSequence;
            for (int i = 0; i < _count && expected + 1 < sequence; i++)
            {
                int offset = OffsetOf(i);
                expected++;
                if (ByteOrder.ReadUInt32(_entries, offset + AuditFormat.SequenceOffset) != expected)
                {
                    return false;
                }

                AuditFormat.Link(_sha, _entries, offset, hash);
            }

            return true;
        }

        internal static bool Equal(byte[] a, byte[] b)
        {
            int difference = 0;
            for (int i = 0; i < AuditFormat.HashSize; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }
    }
}
