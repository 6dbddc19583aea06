// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>DISCONNECT (MQTT 3.1.1 section 3.14), client to server: a clean close that discards the will.</summary>
    public sealed class DisconnectPacket
    {
        /// <summary>Encodes the two-byte packet.</summary>
        public byte[] Encode()
        {
            return new MqttWriter().ToPacket(MqttSpec.Disconnect, MqttSpec.FlagsReserved);
        }

        /// <summary>Decodes exactly one packet: flags zero and remaining length zero.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out DisconnectPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Disconnect, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved
                || header.BodyLength != 0)
            {
                return false;
            }

            packet = new DisconnectPacket();
            return true;
        }
    }
}
