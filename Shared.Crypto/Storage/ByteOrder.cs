// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// Big-endian field access for the storage and audit layouts (BitConverter is host-endian).
    /// </summary>
    internal static class ByteOrder
    {
        internal static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }

        internal static int ReadUInt16(byte[] buffer, int offset)
        {
            return (buffer[offset] << 8) | buffer[offset + 1];
        }

        internal static void WriteUInt32(byte[] buffer, int offset, long value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        internal static long ReadUInt32(byte[] buffer, int offset)
        {
            return ((long)buffer[offset] << 24) | ((long)buffer[offset + 1] << 16)
                | ((long)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        internal static void WriteInt64(byte[] buffer, int offset, long value)
        {
            WriteUInt32(buffer, offset, (value >> 32) & 0xFFFFFFFFL);
            WriteUInt32(buffer, offset + 4, value & 0xFFFFFFFFL);
        }

        internal static long ReadInt64(byte[] buffer, int offset)
        {
            return (ReadUInt32(buffer, offset) << 32) | ReadUInt32(buffer, offset + 4);
        }
    }
}
