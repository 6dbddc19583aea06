// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PUBREC (MQTT 3.1.1 section 3.5): QoS 2 delivery, part 1.</summary>
    public sealed class PubrecPacket
    {
        /// <summary>Packet identifier being acknowledged (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            return PacketIdCodec.Encode(MqttSpec.Pubrec, MqttSpec.FlagsReserved, PacketId);
        }

        /// <summary>Decodes exactly one packet: fixed flags, remaining length 2, identifier non-zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PubrecPacket packet)
        {
            packet = null;
            if (!PacketIdCodec.TryDecode(buffer, offset, count, MqttSpec.Pubrec, MqttSpec.FlagsReserved, out ushort packetId))
            {
                return false;
            }

            packet = new PubrecPacket { PacketId = packetId };
            return true;
        }
    }
}
