// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PUBACK (MQTT 3.1.1 section 3.4): QoS 1 delivery acknowledged.</summary>
    public sealed class PubackPacket
    {
        /// <summary>Packet identifier being acknowledged (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            return PacketIdCodec.Encode(MqttSpec.Puback, MqttSpec.FlagsReserved, PacketId);
        }

        /// <summary>Decodes exactly one packet: fixed flags, remaining length 2, identifier non-zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PubackPacket packet)
        {
            packet = null;
            if (!PacketIdCodec.TryDecode(buffer, offset, count, MqttSpec.Puback, MqttSpec.FlagsReserved, out ushort packetId))
            {
                return false;
            }

            packet = new PubackPacket { PacketId = packetId };
            return true;
        }
    }
}
