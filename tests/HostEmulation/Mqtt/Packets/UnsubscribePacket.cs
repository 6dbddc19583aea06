// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>UNSUBSCRIBE (MQTT 3.1.1 section 3.10), client to server.</summary>
    public sealed class UnsubscribePacket
    {
        /// <summary>Packet identifier (non-zero).</summary>
        public ushort PacketId { get; set; }

        /// <summary>Topic filters, at least one.</summary>
        public string[] TopicFilters { get; set; }

        /// <summary>Encodes the packet; throws ArgumentException for fields the spec forbids.</summary>
        public byte[] Encode()
        {
            if (PacketId == 0 || TopicFilters == null || TopicFilters.Length == 0)
            {
                throw new System.ArgumentException("Invalid UNSUBSCRIBE fields.");
            }

            MqttWriter writer = new MqttWriter();
            writer.WriteUInt16(PacketId);
            for (int i = 0; i < TopicFilters.Length; i++)
            {
                if (!MqttTopic.IsValidFilter(TopicFilters[i]))
                {
                    throw new System.ArgumentException("Invalid topic filter.");
                }

                writer.WriteString(TopicFilters[i]);
            }

            return writer.ToPacket(MqttSpec.Unsubscribe, MqttSpec.FlagsQos1Reserved);
        }

        /// <summary>Decodes exactly one UNSUBSCRIBE: flags 0010 and at least one valid filter ([MQTT-3.10.3-2]).</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out UnsubscribePacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Unsubscribe, out FrameHeader header)
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
            while (reader.Remaining > 0)
            {
                if (!reader.TryReadString(out string filter) || !MqttTopic.IsValidFilter(filter))
                {
                    return false;
                }

                filters.Add(filter);
            }

            packet = new UnsubscribePacket { PacketId = packetId, TopicFilters = (string[])filters.ToArray(typeof(string)) };
            return true;
        }
    }
}
