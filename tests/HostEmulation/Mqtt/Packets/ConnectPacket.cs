// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;

namespace nanoFramework.HostEmulation.Mqtt.Packets
{
    /// <summary>CONNECT (MQTT 3.1.1 section 3.1), client to server.</summary>
    public sealed class ConnectPacket
    {
        /// <summary>Client identifier (may be empty with a clean session).</summary>
        public string ClientId { get; set; } = string.Empty;

        /// <summary>User name, or null.</summary>
        public string UserName { get; set; }

        /// <summary>Password bytes, or null; only allowed with a user name ([MQTT-3.1.2-22]).</summary>
        public byte[] Password { get; set; }

        /// <summary>Whether a last will is carried.</summary>
        public bool WillFlag { get; set; }

        /// <summary>Whether the will is published retained.</summary>
        public bool WillRetain { get; set; }

        /// <summary>QoS of the will (0..2).</summary>
        public int WillQos { get; set; }

        /// <summary>Will topic (a topic name).</summary>
        public string WillTopic { get; set; }

        /// <summary>Will payload.</summary>
        public byte[] WillMessage { get; set; }

        /// <summary>Clean session flag.</summary>
        public bool CleanSession { get; set; } = true;

        /// <summary>Keep-alive in seconds, 0 = off.</summary>
        public int KeepAliveSeconds { get; set; }

        /// <summary>Encodes the packet; throws ArgumentException for a combination the spec forbids.</summary>
        public byte[] Encode()
        {
            if (!IsConsistent(WillFlag, WillRetain, WillQos, UserName != null, Password != null)
                || KeepAliveSeconds < 0 || KeepAliveSeconds > MqttSpec.MaxKeepAliveSeconds
                || ClientId == null
                || (WillFlag && (!MqttTopic.IsValidName(WillTopic) || WillMessage == null)))
            {
                throw new System.ArgumentException("Invalid CONNECT fields.");
            }

            int flags = (CleanSession ? MqttSpec.ConnectCleanSessionFlag : 0)
                | (WillFlag ? MqttSpec.ConnectWillFlag : 0)
                | (WillQos << MqttSpec.ConnectWillQosShift)
                | (WillRetain ? MqttSpec.ConnectWillRetainFlag : 0)
                | (Password != null ? MqttSpec.ConnectPasswordFlag : 0)
                | (UserName != null ? MqttSpec.ConnectUserNameFlag : 0);
            MqttWriter writer = new MqttWriter();
            writer.WriteString(MqttSpec.ProtocolName);
            writer.WriteByte(MqttSpec.ProtocolLevel);
            writer.WriteByte(flags);
            writer.WriteUInt16(KeepAliveSeconds);
            writer.WriteString(ClientId);
            if (WillFlag)
            {
                writer.WriteString(WillTopic);
                writer.WriteBinary(WillMessage);
            }

            if (UserName != null)
            {
                writer.WriteString(UserName);
            }

            if (Password != null)
            {
                writer.WriteBinary(Password);
            }

            return writer.ToPacket(MqttSpec.Connect, MqttSpec.FlagsReserved);
        }

        /// <summary>Decodes exactly one CONNECT; false on any violation of section 3.1.</summary>
        public static bool TryDecode(byte[] buffer, int offset, int count, out ConnectPacket packet)
        {
            packet = null;
            if (!FrameHeader.TryReadExact(buffer, offset, count, MqttSpec.Connect, out FrameHeader header)
                || header.Flags != MqttSpec.FlagsReserved)
            {
                return false;
            }

            MqttReader reader = new MqttReader(buffer, header.BodyOffset, header.BodyLength);
            if (!reader.TryReadString(out string name) || name != MqttSpec.ProtocolName
                || !reader.TryReadByte(out byte level) || level != MqttSpec.ProtocolLevel
                || !reader.TryReadByte(out byte flags) || (flags & MqttSpec.ConnectReservedFlag) != 0
                || !reader.TryReadUInt16(out ushort keepAlive)
                || !reader.TryReadString(out string clientId))
            {
                return false;
            }

            bool will = (flags & MqttSpec.ConnectWillFlag) != 0;
            bool willRetain = (flags & MqttSpec.ConnectWillRetainFlag) != 0;
            int willQos = (flags & MqttSpec.ConnectWillQosMask) >> MqttSpec.ConnectWillQosShift;
            bool hasUser = (flags & MqttSpec.ConnectUserNameFlag) != 0;
            bool hasPassword = (flags & MqttSpec.ConnectPasswordFlag) != 0;
            if (!IsConsistent(will, willRetain, willQos, hasUser, hasPassword))
            {
                return false;
            }

            string willTopic = null;
            byte[] willMessage = null;
            string user = null;
            byte[] password = null;
            if ((will && (!reader.TryReadString(out willTopic) || !MqttTopic.IsValidName(willTopic)
                    || !reader.TryReadBinary(out willMessage)))
                || (hasUser && !reader.TryReadString(out user))
                || (hasPassword && !reader.TryReadBinary(out password))
                || reader.Remaining != 0)
            {
                return false;
            }

            packet = new ConnectPacket
            {
                ClientId = clientId,
                UserName = user,
                Password = password,
                WillFlag = will,
                WillRetain = willRetain,
                WillQos = willQos,
                WillTopic = willTopic,
                WillMessage = willMessage,
                CleanSession = (flags & MqttSpec.ConnectCleanSessionFlag) != 0,
                KeepAliveSeconds = keepAlive,
            };
            return true;
        }

        // [MQTT-3.1.2-13..15]: without a will, will QoS and retain are zero; QoS 3 is malformed.
        // [MQTT-3.1.2-22]: no password without a user name.
        private static bool IsConsistent(bool will, bool willRetain, int willQos, bool hasUser, bool hasPassword)
        {
            if (willQos < 0 || willQos > MqttSpec.MaxQos)
            {
                return false;
            }

            if (!will && (willRetain || willQos != 0))
            {
                return false;
            }

            return hasUser || !hasPassword;
        }
    }
}
