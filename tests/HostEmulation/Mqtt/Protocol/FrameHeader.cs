// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>The fixed header of one packet found in a byte buffer.</summary>
    public struct FrameHeader
    {
        /// <summary>Packet type (1..14).</summary>
        public int Type;

        /// <summary>Low nibble of the first byte.</summary>
        public int Flags;

        /// <summary>Offset of the variable header within the buffer.</summary>
        public int BodyOffset;

        /// <summary>Remaining length.</summary>
        public int BodyLength;

        /// <summary>Whole packet length, fixed header included.</summary>
        public int FrameLength;

        /// <summary>
        /// Finds the packet that starts at <paramref name="offset"/>. Never throws on any input:
        /// a broker is untrusted, so a hostile byte stream only ever yields a status.
        /// </summary>
        public static FrameStatus TryRead(byte[] buffer, int offset, int count, int maxPacketSize, out FrameHeader header)
        {
            header = default(FrameHeader);
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                return FrameStatus.Malformed;
            }

            if (count < 1)
            {
                return FrameStatus.Incomplete;
            }

            int type = buffer[offset] >> MqttSpec.TypeShift;
            if (type < MqttSpec.Connect || type > MqttSpec.Disconnect)
            {
                return FrameStatus.Malformed;
            }

            FrameStatus status = RemainingLength.TryDecode(buffer, offset + 1, count - 1, out int length, out int size);
            if (status != FrameStatus.Complete)
            {
                return status;
            }

            long frameLength = 1L + size + length;
            if (frameLength > maxPacketSize)
            {
                return FrameStatus.TooLarge;
            }

            header.Type = type;
            header.Flags = buffer[offset] & MqttSpec.FlagsMask;
            header.BodyOffset = offset + 1 + size;
            header.BodyLength = length;
            header.FrameLength = (int)frameLength;
            return frameLength <= count ? FrameStatus.Complete : FrameStatus.Incomplete;
        }

        /// <summary>
        /// Reads the header of exactly one packet of <paramref name="type"/> spanning all
        /// <paramref name="count"/> bytes; false for anything else. Used by each packet's TryDecode.
        /// </summary>
        public static bool TryReadExact(byte[] buffer, int offset, int count, int type, out FrameHeader header)
        {
            FrameStatus status = TryRead(buffer, offset, count, int.MaxValue, out header);
            return status == FrameStatus.Complete && header.Type == type && header.FrameLength == count;
        }
    }
}
