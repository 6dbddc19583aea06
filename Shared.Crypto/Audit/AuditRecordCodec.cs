// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// Encoding and bounds-checked parsing of the persisted chain and of read-out pages
    /// (layouts in <see cref="AuditFormat"/>).
    /// </summary>
    internal static class AuditRecordCodec
    {
        internal static int Encode(AuditRing ring, byte[] output, int offset)
        {
            int length = AuditFormat.RecordHeaderSize + (ring.Count * AuditFormat.EntrySize);
            if (output == null || offset < 0 || offset > output.Length - length)
            {
                throw new ArgumentOutOfRangeException("output");
            }

            output[offset] = AuditFormat.RecordVersion;
            output[offset + 1] = 0;
            ByteOrder.WriteUInt16(output, offset + AuditFormat.RecordCountOffset, ring.Count);
            ByteOrder.WriteUInt32(output, offset + AuditFormat.RecordAnchorSequenceOffset, ring.AnchorSequence);
            Array.Copy(ring.AnchorHash, 0, output, offset + AuditFormat.RecordAnchorHashOffset, AuditFormat.HashSize);
            Array.Copy(ring.HeadHash, 0, output, offset + AuditFormat.RecordHeadHashOffset, AuditFormat.HashSize);
            int target = offset + AuditFormat.RecordHeaderSize;
            for (int i = 0; i < ring.Count; i++)
            {
                Array.Copy(ring.Buffer, ring.OffsetOf(i), output, target, AuditFormat.EntrySize);
                target += AuditFormat.EntrySize;
            }

            return length;
        }

        /// <summary>
        /// Validates every field first, then loads the ring (entries beyond its capacity roll off into
        /// the anchor) and sets the stored head hash. The ring is untouched on false.
        /// </summary>
        internal static bool TryParse(byte[] input, int offset, int count, AuditRing ring)
        {
            if (input == null || offset < 0 || count < AuditFormat.RecordHeaderSize || offset > input.Length - count)
            {
                return false;
            }

            if (input[offset] != AuditFormat.RecordVersion || input[offset + 1] != 0)
            {
                return false;
            }

            int entries = ByteOrder.ReadUInt16(input, offset + AuditFormat.RecordCountOffset);
            long anchorSequence = ByteOrder.ReadUInt32(input, offset + AuditFormat.RecordAnchorSequenceOffset);
            if (count != AuditFormat.RecordHeaderSize + (entries * AuditFormat.EntrySize)
                || anchorSequence + entries > AuditFormat.MaxSequence)
            {
                return false;
            }

            int first = offset + AuditFormat.RecordHeaderSize;
            for (int i = 0; i < entries; i++)
            {
                if (!AuditEntry.IsWellFormed(input, first + (i * AuditFormat.EntrySize)))
                {
                    return false;
                }
            }

            ring.Reset(anchorSequence, input, offset + AuditFormat.RecordAnchorHashOffset);
            for (int i = 0; i < entries; i++)
            {
                ring.Push(input, first + (i * AuditFormat.EntrySize));
            }

            ring.SetHead(input, offset + AuditFormat.RecordHeadHashOffset);
            return true;
        }

        /// <summary>
        /// The newest sequence a damaged record claims, so numbering continues past it; 0 if unreadable.
        /// </summary>
        internal static long ReadLastSequence(byte[] input, int count)
        {
            if (count < AuditFormat.RecordHeaderSize || input[0] != AuditFormat.RecordVersion)
            {
                return 0;
            }

            int entries = ByteOrder.ReadUInt16(input, AuditFormat.RecordCountOffset);
            int present = (count - AuditFormat.RecordHeaderSize) / AuditFormat.EntrySize;
            long last = ByteOrder.ReadUInt32(input, AuditFormat.RecordAnchorSequenceOffset)
                + (entries < present ? entries : present);
            return last > AuditFormat.MaxSequence / 2 ? 0 : last;
        }

        internal static int EncodePage(AuditRing ring, long fromSequence, int maxEntries, byte[] output, int offset)
        {
            if (maxEntries < 0)
            {
                throw new ArgumentOutOfRangeException("maxEntries");
            }

            long oldest = ring.AnchorSequence + 1;
            long first = fromSequence < oldest ? oldest : fromSequence;
            if (first > ring.LastSequence + 1)
            {
                first = ring.LastSequence + 1;
            }

            long available = ring.LastSequence - first + 1;
            int cap = maxEntries < AuditPage.MaxEntries ? maxEntries : AuditPage.MaxEntries;
            int entries = available < cap ? (int)available : cap;
            int length = AuditFormat.PageHeaderSize + (entries * AuditFormat.EntrySize);
            if (output == null || offset < 0 || offset > output.Length - length)
            {
                throw new ArgumentOutOfRangeException("output");
            }

            byte[] previous = new byte[AuditFormat.HashSize];
            ring.HashBefore(first, previous);
            output[offset] = AuditFormat.PageVersion;
            output[offset + AuditFormat.PageCountOffset] = (byte)entries;
            ByteOrder.WriteUInt32(output, offset + AuditFormat.PageFirstSequenceOffset, first);
            ByteOrder.WriteUInt32(output, offset + AuditFormat.PageHeadSequenceOffset, ring.LastSequence);
            Array.Copy(previous, 0, output, offset + AuditFormat.PagePreviousHashOffset, AuditFormat.HashSize);
            Array.Copy(ring.HeadHash, 0, output, offset + AuditFormat.PageHeadHashOffset, AuditFormat.HashSize);
            int start = (int)(first - oldest);
            int target = offset + AuditFormat.PageHeaderSize;
            for (int i = 0; i < entries; i++)
            {
                Array.Copy(ring.Buffer, ring.OffsetOf(start + i), output, target, AuditFormat.EntrySize);
                target += AuditFormat.EntrySize;
            }

            return length;
        }
    }
}
