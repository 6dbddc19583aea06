// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// Byte layouts of the audit chain, all fields big-endian.
    /// <para>Entry (24 bytes):</para>
    /// <code>
    ///  0  4  sequence (1, 2, 3 ... one per entry ever appended)
    ///  4  8  monotonic time, ms since boot
    ///  12 4  trusted UTC, seconds since 1970-01-01 (0 = unknown)
    ///  16 4  actor id (owner key id, pass id; 0 when the kind has none)
    ///  20 1  actor kind (ActorKind)
    ///  21 1  action code
    ///  22 1  result code (0x00 = done, else a reason code)
    ///  23 1  resulting state byte
    /// </code>
    /// <para>Chain: hash(entry) = SHA-256(entry bytes || hash of the previous entry); the genesis
    /// "previous hash" is 32 zero bytes. Unkeyed on purpose: an attacker who can write the ESP32's flash
    /// can read it too, so a device-held key would not stop them, while an unkeyed chain lets the owner
    /// tool verify a read-out without secrets and detect a rewritten history against the head hash it
    /// pinned on an earlier read.</para>
    /// <para>Persisted record: version(1) reserved(1)=0 count(2) anchorSequence(4) anchorHash(32)
    /// headHash(32) then count entries, oldest first. The anchor is the hash of the newest entry that
    /// rolled off (sequence anchorSequence), so the retained entries stay verifiable.</para>
    /// <para>Read-out page: version(1) count(1) firstSequence(4) headSequence(4) previousHash(32)
    /// headHash(32) then count entries.</para>
    /// </summary>
    internal static class AuditFormat
    {
        internal const int HashSize = Sha256.HashSize;
        internal const int EntrySize = 24;
        internal const int SequenceOffset = 0;
        internal const int MonotonicOffset = 4;
        internal const int UtcOffset = 12;
        internal const int ActorIdOffset = 16;
        internal const int ActorKindOffset = 20;
        internal const int ActionOffset = 21;
        internal const int ResultOffset = 22;
        internal const int StateOffset = 23;

        internal const byte RecordVersion = 1;
        internal const int RecordCountOffset = 2;
        internal const int RecordAnchorSequenceOffset = 4;
        internal const int RecordAnchorHashOffset = 8;
        internal const int RecordHeadHashOffset = RecordAnchorHashOffset + HashSize;
        internal const int RecordHeaderSize = RecordHeadHashOffset + HashSize;

        internal const byte PageVersion = 1;
        internal const int PageCountOffset = 1;
        internal const int PageFirstSequenceOffset = 2;
        internal const int PageHeadSequenceOffset = 6;
        internal const int PagePreviousHashOffset = 10;
        internal const int PageHeadHashOffset = PagePreviousHashOffset + HashSize;
        internal const int PageHeaderSize = PageHeadHashOffset + HashSize;

        /// <summary>The highest sequence number: the field is 32 bits.</summary>
        internal const long MaxSequence = 0xFFFFFFFFL;

        /// <summary>
        /// Advances a chain hash in place over one entry: hash = SHA-256(entry || hash).
        /// </summary>
        internal static void Link(Sha256 sha, byte[] entries, int entryOffset, byte[] hash)
        {
            sha.Reset();
            sha.Append(entries, entryOffset, EntrySize);
            sha.Append(hash, 0, HashSize);
            sha.Finish(hash, 0);
        }

        /// <summary>
        /// Checks that <paramref name="count"/> entries carry consecutive sequence numbers after
        /// <paramref name="previousSequence"/> and folds them into <paramref name="hash"/>.
        /// </summary>
        /// <returns>false when a number is missing, repeated or out of order.</returns>
        internal static bool Walk(
            Sha256 sha,
            byte[] entries,
            int offset,
            int count,
            long previousSequence,
            byte[] hash)
        {
            long expected = previousSequence;
            for (int i = 0; i < count; i++)
            {
                int entryOffset = offset + (i * EntrySize);
                expected++;
                if (ByteOrder.ReadUInt32(entries, entryOffset + SequenceOffset) != expected)
                {
                    return false;
                }

                Link(sha, entries, entryOffset, hash);
            }

            return true;
        }
    }
}
