// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// One page of an admin's audit read-out, as produced by <see cref="AuditChain.EncodePage"/>:
    /// consecutive entries, the chain hash before the first one and the device's current head.
    /// The owner side parses it, verifies it, and links pages (each page's previous hash must equal the
    /// hash after the last entry of the page before) and checks them against a head pinned earlier.
    /// </summary>
    public sealed class AuditPage
    {
        /// <summary>Most entries in one page: keeps a sealed page well under a 1 KB MQTT message.</summary>
        public const int MaxEntries = 16;

        /// <summary>The largest encoded page.</summary>
        public const int MaxEncodedSize = AuditFormat.PageHeaderSize + (MaxEntries * AuditFormat.EntrySize);

        private readonly byte[] _entries = new byte[MaxEntries * AuditFormat.EntrySize];
        private readonly byte[] _previousHash = new byte[AuditFormat.HashSize];
        private readonly byte[] _headHash = new byte[AuditFormat.HashSize];
        private readonly Sha256 _sha = new Sha256();

        /// <summary>Gets the number of entries in the page.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the sequence of the first entry (the next one to ask for when the page is empty).</summary>
        public long FirstSequence { get; private set; }

        /// <summary>Gets the sequence of the device's newest entry when the page was made.</summary>
        public long HeadSequence { get; private set; }

        /// <summary>
        /// Parses a page into <paramref name="page"/>, checking every field; unchanged on false.
        /// </summary>
        /// <param name="input">The encoded page.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its exact length.</param>
        /// <param name="page">Receives the page.</param>
        /// <returns>false when the bytes are malformed.</returns>
        public static bool TryParse(byte[] input, int offset, int count, AuditPage page)
        {
            if (input == null || page == null || offset < 0 || count < AuditFormat.PageHeaderSize
                || offset > input.Length - count || input[offset] != AuditFormat.PageVersion)
            {
                return false;
            }

            int entries = input[offset + AuditFormat.PageCountOffset];
            long first = ByteOrder.ReadUInt32(input, offset + AuditFormat.PageFirstSequenceOffset);
            long head = ByteOrder.ReadUInt32(input, offset + AuditFormat.PageHeadSequenceOffset);
            if (entries > MaxEntries || count != AuditFormat.PageHeaderSize + (entries * AuditFormat.EntrySize)
                || first < 1 || head < first + entries - 1)
            {
                return false;
            }

            int start = offset + AuditFormat.PageHeaderSize;
            for (int i = 0; i < entries; i++)
            {
                if (!AuditEntry.IsWellFormed(input, start + (i * AuditFormat.EntrySize)))
                {
                    return false;
                }
            }

            Array.Copy(input, start, page._entries, 0, entries * AuditFormat.EntrySize);
            Array.Copy(input, offset + AuditFormat.PagePreviousHashOffset, page._previousHash, 0, AuditFormat.HashSize);
            Array.Copy(input, offset + AuditFormat.PageHeadHashOffset, page._headHash, 0, AuditFormat.HashSize);
            page.Count = entries;
            page.FirstSequence = first;
            page.HeadSequence = head;
            return true;
        }

        /// <summary>
        /// Reads the entry at <paramref name="index"/> (0 = <see cref="FirstSequence"/>).
        /// </summary>
        /// <param name="index">The position in the page.</param>
        /// <param name="entry">Receives the fields.</param>
        /// <returns>false when the index is outside the page.</returns>
        public bool TryGetEntry(int index, AuditEntry entry)
        {
            if (index < 0 || index >= Count)
            {
                return false;
            }

            return AuditEntry.TryParse(_entries, index * AuditFormat.EntrySize, AuditFormat.EntrySize, entry);
        }

        /// <summary>Copies the chain hash before the first entry.</summary>
        /// <param name="output">The destination (32 bytes).</param>
        /// <param name="offset">Where the hash goes.</param>
        public void CopyPreviousHash(byte[] output, int offset)
        {
            Array.Copy(_previousHash, 0, output, offset, AuditFormat.HashSize);
        }

        /// <summary>Copies the device's head hash.</summary>
        /// <param name="output">The destination (32 bytes).</param>
        /// <param name="offset">Where the hash goes.</param>
        public void CopyHeadHash(byte[] output, int offset)
        {
            Array.Copy(_headHash, 0, output, offset, AuditFormat.HashSize);
        }

        /// <summary>
        /// Computes the chain hash after entry <paramref name="sequence"/> (FirstSequence - 1 gives the
        /// previous hash), checking that sequence numbers are consecutive on the way.
        /// </summary>
        /// <param name="sequence">From FirstSequence - 1 to FirstSequence + Count - 1.</param>
        /// <param name="output">Receives the 32-byte hash at offset 0.</param>
        /// <returns>false when the sequence is outside the page or the numbering is broken.</returns>
        public bool TryGetHashAfter(long sequence, byte[] output)
        {
            if (output == null || output.Length < AuditFormat.HashSize
                || sequence < FirstSequence - 1 || sequence > FirstSequence + Count - 1)
            {
                return false;
            }

            Array.Copy(_previousHash, 0, output, 0, AuditFormat.HashSize);
            return AuditFormat.Walk(_sha, _entries, 0, (int)(sequence - FirstSequence + 1), FirstSequence - 1, output);
        }

        /// <summary>
        /// Verifies the page on its own: consecutive numbering and, when it ends at the device's head,
        /// that the recomputed chain reaches the head hash. Linking to the previous page or to a pinned
        /// head is the caller's check, through <see cref="TryGetHashAfter"/>.
        /// </summary>
        /// <returns>true when the page is consistent.</returns>
        public bool Verify()
        {
            byte[] hash = new byte[AuditFormat.HashSize];
            long last = FirstSequence + Count - 1;
            if (!TryGetHashAfter(last, hash))
            {
                return false;
            }

            return last != HeadSequence || AuditRing.Equal(hash, _headHash);
        }
    }
}
