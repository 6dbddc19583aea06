// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>SUBSCRIBE (MQTT 3.1.1 section 3.8), client to server.</summary>
    public sealed class SubscribePacket
    {
        /// <summary>Packet identifier (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Topic filters, at least one.</summary>
        public string[] TopicFilters { get; set; }

        /// <summary>Requested QoS per filter (0..2).</summary>
        public byte[] QosLevels { get; set; }

        /// <summary>Encodes the packet; throws ArgumentException for fields the spec forbids.</summary>
        public byte[] Encode()
        {
            if (PacketId == 0 || TopicFilters == null || QosLevels == null || TopicFilters.Length == 0
                || TopicFilters.Length != QosLevels.Length)
            {
                throw new System.ArgumentException("Invalid SUBSCRIBE fields.");
            }

            MqttWriter writer = new MqttWriter();
            writer.WriteUInt16(PacketId);
            for (int i = 0; i < TopicFilters.Length; i++)
            {
                if (!MqttTopic.IsValidFilter(TopicFilters[i]) || QosLevels[i] > MqttSpec.MaxQos)
                {
                    throw new System.ArgumentException("Invalid topic filter or QoS.");
                }

                writer.WriteString(TopicFilters[i]);
                writer.WriteByte(QosLevels[i]);
            }

            return writer.ToPacket(MqttSpec.Subscribe, MqttSpec.FlagsQos1Reserved);
        }

        /// <summary>
        /// Decodes exactly one SUBSCRIBE: flags 0010, at least one filter ([MQTT-3.8.3-3]), requested QoS
        /// with the reserved bits clear and at most 2 ([MQTT-3-8.3-4]).
        /// </summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out SubscribePacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Subscribe, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsQos1Reserved)
            {
                return false;
            }

            MqttReader reader = new MqttReader(buffer, header.BodyOffset, header.BodyLength);
            if (!reader.TryReadUInt16(out ushort packetId) || packetId == 0 || reader.Remaining == 0)
            {
                return false;
            }

            System.Collections.ArrayList filters = new System.Collections.ArrayList();
            System.Collections.ArrayList qos = new System.Collections.ArrayList();
            while (reader.Remaining > 0)
            {
                if (!reader.TryReadString(out string filter) || !MqttTopic.IsValidFilter(filter)
                    || !reader.TryReadByte(out byte requested) || requested > MqttSpec.MaxQos)
                {
                    return false;
                }

                filters.Add(filter);
                qos.Add(requested);
            }

            packet = new SubscribePacket
            {
                PacketId = packetId,
                TopicFilters = (string[])filters.ToArray(typeof(string)),
                QosLevels = (byte[])qos.ToArray(typeof(byte)),
            };
            return true;
        }
    }
}
