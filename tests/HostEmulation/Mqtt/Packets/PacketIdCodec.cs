// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>Shared wire form of PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK: a packet identifier only.</summary>
    internal static class PacketIdCodec
    {
        internal static byte[] Encode(int type, int flags, ushort packetId)
        {
            if (packetId == 0)
            {
                throw new System.ArgumentException("Packet identifier 0 is not allowed ([MQTT-2.3.1-1]).");
            }

            MqttWriter writer = new MqttWriter();
            writer.WriteUInt16(packetId);
            return writer.ToPacket(type, flags);
        }

        internal static bool TryDecode(byte[] buffer, int offset, int count, int type, int flags, out ushort packetId)
        {
            packetId = 0;
            if (!FrameHeader.TryReadExact(buffer, offset, count, type, out FrameHeader header)
                || header.Flags != flags
                || header.BodyLength != MqttSpec.PacketIdOnlyRemainingLength)
            {
                return false;
            }

            packetId = (ushort)((buffer[header.BodyOffset] << 8) | buffer[header.BodyOffset + 1]);
            return packetId != 0;
        }
    }
}
