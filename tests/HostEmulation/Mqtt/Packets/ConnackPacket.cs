// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>CONNACK (MQTT 3.1.1 section 3.2), server to client.</summary>
    public sealed class ConnackPacket
    {
        /// <summary>Session present flag.</summary>
        public bool SessionPresent { get; set; }

        /// <summary>Connect return code (0 accepted, 1..5 refused).</summary>
        public byte ReturnCode { get; set; }

        /// <summary>Encodes the packet.</summary>
        public byte[] Encode()
        {
            MqttWriter writer = new MqttWriter();
            writer.WriteByte(SessionPresent ? MqttSpec.ConnackSessionPresentFlag : 0);
            writer.WriteByte(ReturnCode);
            return writer.ToPacket(MqttSpec.Connack, MqttSpec.FlagsReserved);
        }

        /// <summary>
        /// Decodes exactly one CONNACK: reserved bits zero, a return code the spec defines, and no
        /// session-present flag on a refusal ([MQTT-3.2.2-4]).
        /// </summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out ConnackPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Connack, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved
                || header.BodyLength != MqttSpec.ConnackRemainingLength)
            {
                return false;
            }

            int ackFlags = buffer[header.BodyOffset];
            int code = buffer[header.BodyOffset + 1];
            if ((ackFlags & ~MqttSpec.ConnackSessionPresentFlag) != 0
                || code > MqttSpec.ConnackMaxReturnCode
                || (code != 0 && ackFlags != 0))
            {
                return false;
            }

            packet = new ConnackPacket { SessionPresent = ackFlags != 0, ReturnCode = (byte)code };
            return true;
        }
    }
}
