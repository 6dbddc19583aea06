// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PUBCOMP (MQTT 3.1.1 section 3.7): QoS 2 delivery, part 3.</summary>
    public sealed class PubcompPacket
    {
        /// <summary>Packet identifier being acknowledged (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            return PacketIdCodec.Encode(MqttSpec.Pubcomp, MqttSpec.FlagsReserved, PacketId);
        }

        /// <summary>Decodes exactly one packet: fixed flags, remaining length 2, identifier non-zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PubcompPacket packet)
        {
            packet = null;
            if (!PacketIdCodec.TryDecode(buffer, offset, count, MqttSpec.Pubcomp, MqttSpec.FlagsReserved, out ushort packetId))
            {
                return false;
            }

            packet = new PubcompPacket { PacketId = packetId };
            return true;
        }
    }
}
