// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>SUBACK (MQTT 3.1.1 section 3.9), server to client.</summary>
    public sealed class SubackPacket
    {
        /// <summary>Packet identifier of the SUBSCRIBE acknowledged.</summary>
        public ushort PacketId { get; set; }

        /// <summary>One return code per filter: granted QoS 0..2 or 0x80 failure.</summary>
        public byte[] ReturnCodes { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            if (PacketId == 0 || ReturnCodes == null || ReturnCodes.Length == 0)
            {
                throw new System.ArgumentException("Invalid SUBACK fields.");
            }

            MqttWriter writer = new MqttWriter();
            writer.WriteUInt16(PacketId);
            writer.WriteRaw(ReturnCodes);
            return writer.ToPacket(MqttSpec.Suback, MqttSpec.FlagsReserved);
        }

        /// <summary>Decodes exactly one SUBACK; codes other than 0, 1, 2 and 0x80 are refused ([MQTT-3.9.3-2]).</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out SubackPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Suback, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved)
            {
                return false;
            }

            MqttReader reader = new MqttReader(buffer, header.BodyOffset, header.BodyLength);
            if (!reader.TryReadUInt16(out ushort packetId) || packetId == 0 || reader.Remaining == 0)
            {
                return false;
            }

            byte[] codes = reader.ReadRest();
            for (int i = 0; i < codes.Length; i++)
            {
                if (codes[i] > MqttSpec.MaxQos && codes[i] != MqttSpec.SubackFailure)
                {
                    return false;
                }
            }

            packet = new SubackPacket { PacketId = packetId, ReturnCodes = codes };
            return true;
        }
    }
}
