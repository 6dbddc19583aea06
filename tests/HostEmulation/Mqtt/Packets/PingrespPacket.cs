// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>PINGRESP (MQTT 3.1.1 section 3.13), server to client.</summary>
    public sealed class PingrespPacket
    {
        /// <summary>Encodes the two-byte packet.</summary>
        public byte[] Encode()
        {
            return new MqttWriter().ToPacket(MqttSpec.Pingresp, MqttSpec.FlagsReserved);
        }

        /// <summary>Decodes exactly one packet: flags zero and remaining length zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out PingrespPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Pingresp, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved
                || header.BodyLength != 0)
            {
                return false;
            }

            packet = new PingrespPacket();
            return true;
        }
    }
}
