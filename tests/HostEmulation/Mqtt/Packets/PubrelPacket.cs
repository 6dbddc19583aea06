// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PUBREL (MQTT 3.1.1 section 3.6): QoS 2 delivery, part 2; its flags must be 0010.</summary>
    public sealed class PubrelPacket
    {
        /// <summary>Packet identifier being acknowledged (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            return PacketIdCodec.Encode(MqttSpec.Pubrel, MqttSpec.FlagsQos1Reserved, PacketId);
        }

        /// <summary>Decodes exactly one packet: fixed flags, remaining length 2, identifier non-zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PubrelPacket packet)
        {
            packet = null;
            if (!PacketIdCodec.TryDecode(buffer, offset, count, MqttSpec.Pubrel, MqttSpec.FlagsQos1Reserved, out ushort packetId))
            {
                return false;
            }

            packet = new PubrelPacket { PacketId = packetId };
            return true;
        }
    }
}
