// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// One audit record: who did what, with which result, leaving which state. The 24-byte encoding is in
    /// <see cref="AuditFormat"/>; the previous entry's hash is not stored per entry but chained in.
    /// </summary>
    public sealed class AuditEntry
    {
        /// <summary>The encoded size of one entry in bytes.</summary>
        public const int EncodedSize = AuditFormat.EntrySize;

        /// <summary>Gets or sets the sequence number (1 .. 2^32-1, one per entry ever appended).</summary>
        public long Sequence { get; set; }

        /// <summary>Gets or sets the monotonic time in milliseconds since boot.</summary>
        public long MonotonicMilliseconds { get; set; }

        /// <summary>Gets or sets the trusted UTC time in seconds since 1970, 0 when unknown.</summary>
        public long UtcSeconds { get; set; }

        /// <summary>Gets or sets who acted.</summary>
        public ActorKind ActorKind { get; set; }

        /// <summary>Gets or sets the actor's id (key id or pass id; 0 when the kind has none).</summary>
        public long ActorId { get; set; }

        /// <summary>Gets or sets the action code (defined by the caller: protocol or controller).</summary>
        public byte Action { get; set; }

        /// <summary>Gets or sets the result code (0x00 = done, otherwise a reason code).</summary>
        public byte Result { get; set; }

        /// <summary>Gets or sets the resulting state byte (for example the door state).</summary>
        public byte State { get; set; }

        /// <summary>
        /// Writes the 24-byte encoding.
        /// </summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the entry starts.</param>
        public void Encode(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - EncodedSize)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            Write(buffer, offset, Sequence, MonotonicMilliseconds, UtcSeconds, ActorKind, ActorId, Action, Result, State);
        }

        /// <summary>
        /// Parses a 24-byte encoding into <paramref name="entry"/> (reused to avoid allocation).
        /// Fields are checked before any is assigned: on false, <paramref name="entry"/> is unchanged.
        /// </summary>
        /// <param name="buffer">The source.</param>
        /// <param name="offset">Where the entry starts.</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        /// <param name="entry">Receives the fields.</param>
        /// <returns>false when the bytes are too few or a field is out of range.</returns>
        public static bool TryParse(byte[] buffer, int offset, int count, AuditEntry entry)
        {
            if (buffer == null || entry == null || offset < 0 || count < EncodedSize
                || offset > buffer.Length - EncodedSize)
            {
                return false;
            }

            if (!IsWellFormed(buffer, offset))
            {
                return false;
            }

            entry.Sequence = ByteOrder.ReadUInt32(buffer, offset + AuditFormat.SequenceOffset);
            entry.MonotonicMilliseconds = ByteOrder.ReadInt64(buffer, offset + AuditFormat.MonotonicOffset);
            entry.UtcSeconds = ByteOrder.ReadUInt32(buffer, offset + AuditFormat.UtcOffset);
            entry.ActorId = ByteOrder.ReadUInt32(buffer, offset + AuditFormat.ActorIdOffset);
            entry.ActorKind = (ActorKind)buffer[offset + AuditFormat.ActorKindOffset];
            entry.Action = buffer[offset + AuditFormat.ActionOffset];
            entry.Result = buffer[offset + AuditFormat.ResultOffset];
            entry.State = buffer[offset + AuditFormat.StateOffset];
            return true;
        }

        /// <summary>
        /// Tells whether a byte names an actor kind an entry may carry (never <see cref="ActorKind.None"/>).
        /// </summary>
        /// <param name="kind">The raw byte.</param>
        /// <returns>true for Owner through System.</returns>
        public static bool IsKnownKind(byte kind)
        {
            return kind >= (byte)ActorKind.Owner && kind <= (byte)ActorKind.System;
        }

        /// <summary>Checks the fields of an encoded entry that have invalid values (caller checks bounds).</summary>
        internal static bool IsWellFormed(byte[] buffer, int offset)
        {
            return ByteOrder.ReadUInt32(buffer, offset + AuditFormat.SequenceOffset) >= 1
                && ByteOrder.ReadInt64(buffer, offset + AuditFormat.MonotonicOffset) >= 0
                && IsKnownKind(buffer[offset + AuditFormat.ActorKindOffset]);
        }

        internal static void Write(
            byte[] buffer,
            int offset,
            long sequence,
            long monotonicMilliseconds,
            long utcSeconds,
            ActorKind actorKind,
            long actorId,
            byte action,
            byte result,
            byte state)
        {
            ByteOrder.WriteUInt32(buffer, offset + AuditFormat.SequenceOffset, sequence);
            ByteOrder.WriteInt64(buffer, offset + AuditFormat.MonotonicOffset, monotonicMilliseconds);
            ByteOrder.WriteUInt32(buffer, offset + AuditFormat.UtcOffset, utcSeconds);
            ByteOrder.WriteUInt32(buffer, offset + AuditFormat.ActorIdOffset, actorId);
            buffer[offset + AuditFormat.ActorKindOffset] = (byte)actorKind;
            buffer[offset + AuditFormat.ActionOffset] = action;
            buffer[offset + AuditFormat.ResultOffset] = result;
            buffer[offset + AuditFormat.StateOffset] = state;
        }
    }
}
