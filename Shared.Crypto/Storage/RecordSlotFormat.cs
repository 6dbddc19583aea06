// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// Byte layout of one record slot file, all fields big-endian:
    /// <code>
    /// offset size field
    ///  0     4    magic "OKRS"
    ///  4     1    format version (1)
    ///  5     1    reserved, must be 0
    ///  6     2    payload length n
    ///  8     8    generation (>= 1, +1 per save of the record)
    ///  16    n    payload
    ///  16+n  16   check: SHA-256 over bytes [0, 16+n), first 16 bytes
    /// </code>
    /// The check is a truncated SHA-256 rather than a CRC-32: the hash already ships with Shared.Crypto
    /// (no table to carry), the slot is read only at boot or on save, and a torn write that splices new
    /// and old bytes passes it with probability 2^-128 instead of 2^-32. It is not a MAC: it detects
    /// power cuts and bit rot, not an attacker who can write flash.
    /// </summary>
    internal static class RecordSlotFormat
    {
        internal const long Magic = 0x4F4B5253L;
        internal const byte Version = 1;
        internal const int MagicOffset = 0;
        internal const int VersionOffset = 4;
        internal const int ReservedOffset = 5;
        internal const int LengthOffset = 6;
        internal const int GenerationOffset = 8;
        internal const int HeaderSize = 16;
        internal const int CheckSize = 16;
        internal const int Overhead = HeaderSize + CheckSize;

        /// <summary>The payload length field is 16 bits.</summary>
        internal const int MaxPayloadLength = 0xFFFF;

        /// <summary>
        /// Writes header and check around a payload already placed at <see cref="HeaderSize"/>.
        /// </summary>
        internal static int Seal(byte[] slot, int payloadLength, long generation, Sha256 sha, byte[] digest)
        {
            ByteOrder.WriteUInt32(slot, MagicOffset, Magic);
            slot[VersionOffset] = Version;
            slot[ReservedOffset] = 0;
            ByteOrder.WriteUInt16(slot, LengthOffset, payloadLength);
            ByteOrder.WriteInt64(slot, GenerationOffset, generation);
            int checkOffset = HeaderSize + payloadLength;
            sha.Reset();
            sha.Append(slot, 0, checkOffset);
            sha.Finish(digest, 0);
            for (int i = 0; i < CheckSize; i++)
            {
                slot[checkOffset + i] = digest[i];
            }

            return checkOffset + CheckSize;
        }

        /// <summary>
        /// Validates a slot read from the medium. Every field is checked before it is trusted.
        /// </summary>
        /// <returns>The payload length, or -1 when the slot is torn, corrupt or foreign.</returns>
        internal static int Open(
            byte[] slot,
            int length,
            int maxPayloadLength,
            Sha256 sha,
            byte[] digest,
            out long generation)
        {
            generation = 0;
            if (length < Overhead || length > slot.Length)
            {
                return -1;
            }

            if (ByteOrder.ReadUInt32(slot, MagicOffset) != Magic
                || slot[VersionOffset] != Version
                || slot[ReservedOffset] != 0)
            {
                return -1;
            }

            int payloadLength = ByteOrder.ReadUInt16(slot, LengthOffset);
            if (payloadLength > maxPayloadLength || length != Overhead + payloadLength)
            {
                return -1;
            }

            long candidate = ByteOrder.ReadInt64(slot, GenerationOffset);
            if (candidate < 1)
            {
                return -1;
            }

            int checkOffset = HeaderSize + payloadLength;
            sha.Reset();
            sha.Append(slot, 0, checkOffset);
            sha.Finish(digest, 0);
            int difference = 0;
            for (int i = 0; i < CheckSize; i++)
            {
                difference |= slot[checkOffset + i] ^ digest[i];
            }

            if (difference != 0)
            {
                return -1;
            }

            generation = candidate;
            return payloadLength;
        }
    }
}
