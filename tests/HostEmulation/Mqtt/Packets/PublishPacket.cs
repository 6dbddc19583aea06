// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PUBLISH (MQTT 3.1.1 section 3.3), both directions.</summary>
    public sealed class PublishPacket
    {
        /// <summary>Topic name.</summary>
        public string Topic { get; set; }

        /// <summary>Application payload (may be empty, never null once decoded).</summary>
        public byte[] Payload { get; set; } = new byte[0];

        /// <summary>QoS 0..2.</summary>
        public int Qos { get; set; }

        /// <summary>Retain flag.</summary>
        public bool Retain { get; set; }

        /// <summary>Duplicate delivery flag (only with QoS &gt; 0).</summary>
        public bool Dup { get; set; }

        /// <summary>Packet identifier (non-zero with QoS &gt; 0, absent with QoS 0).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Encodes the packet; throws ArgumentException for fields the spec forbids.</summary>
        public byte[] Encode()
        {
            if (!MqttTopic.IsValidName(Topic) || Qos < 0 || Qos > MqttSpec.MaxQos || Payload == null
                || (Qos == 0 && (Dup || PacketId != 0)) || (Qos > 0 && PacketId == 0))
            {
                throw new System.ArgumentException("Invalid PUBLISH fields.");
            }

            MqttWriter writer = new MqttWriter();
            writer.WriteString(Topic);
            if (Qos > 0)
            {
                writer.WriteUInt16(PacketId);
            }

            writer.WriteRaw(Payload);
            int flags = (Dup ? MqttSpec.PublishDupFlag : 0)
                | (Qos << MqttSpec.PublishQosShift)
                | (Retain ? MqttSpec.PublishRetainFlag : 0);
            return writer.ToPacket(MqttSpec.Publish, flags);
        }

        /// <summary>
        /// Decodes exactly one PUBLISH. QoS 3 ([MQTT-3.3.1-4]), DUP with QoS 0 ([MQTT-3.3.1-2]), a wildcard
        /// or empty topic ([MQTT-3.3.2-2]) and packet identifier 0 ([MQTT-2.3.1-1]) are refused.
        /// </summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PublishPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Publish, out FrameHeader header))
            {
                return false;
            }

            int qos = (header.Flags & MqttSpec.PublishQosMask) >> MqttSpec.PublishQosShift;
            bool dup = (header.Flags & MqttSpec.PublishDupFlag) != 0;
            if (qos > MqttSpec.MaxQos || (qos == 0 && dup))
            {
                return false;
            }

            MqttReader reader = new MqttReader(buffer, header.BodyOffset, header.BodyLength);
            if (!reader.TryReadString(out string topic) || !MqttTopic.IsValidName(topic))
            {
                return false;
            }

            ushort packetId = 0;
            if (qos > 0 && (!reader.TryReadUInt16(out packetId) || packetId == 0))
            {
                return false;
            }

            packet = new PublishPacket
            {
                Topic = topic,
                Payload = reader.ReadRest(),
                Qos = qos,
                Retain = (header.Flags & MqttSpec.PublishRetainFlag) != 0,
                Dup = dup,
                PacketId = packetId,
            };
            return true;
        }
    }
}
