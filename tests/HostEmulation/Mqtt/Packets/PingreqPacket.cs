// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PINGREQ (MQTT 3.1.1 section 3.12), client to server.</summary>
    public sealed class PingreqPacket
    {
        /// <summary>Encodes the two-byte packet.</summary>
        public byte[] Encode()
        {
            return new MqttWriter().ToPacket(MqttSpec.Pingreq, MqttSpec.FlagsReserved);
        }

        /// <summary>Decodes exactly one packet: flags zero and remaining length zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PingreqPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Pingreq, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved
                || header.BodyLength != 0)
            {
                return false;
            }

            packet = new PingreqPacket();
            return true;
        }
    }
}
