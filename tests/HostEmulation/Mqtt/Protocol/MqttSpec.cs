// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>
    /// Values fixed by the MQTT 3.1.1 specification (OASIS Standard, 29 October 2014). Every wire literal
    /// of the host client lives here; implementation choices live in <see cref="MqttLimits"/>.
    /// </summary>
    public static class MqttSpec
    {
        /// <summary>CONNECT packet type (section 2.2.1).</summary>
        public const int Connect = 1;

        /// <summary>CONNACK packet type.</summary>
        public const int Connack = 2;

        /// <summary>PUBLISH packet type.</summary>
        public const int Publish = 3;

        /// <summary>PUBACK packet type.</summary>
        public const int Puback = 4;

        /// <summary>PUBREC packet type.</summary>
        public const int Pubrec = 5;

        /// <summary>PUBREL packet type.</summary>
        public const int Pubrel = 6;

        /// <summary>PUBCOMP packet type.</summary>
        public const int Pubcomp = 7;

        /// <summary>SUBSCRIBE packet type.</summary>
        public const int Subscribe = 8;

        /// <summary>SUBACK packet type.</summary>
        public const int Suback = 9;

        /// <summary>UNSUBSCRIBE packet type.</summary>
        public const int Unsubscribe = 10;

        /// <summary>UNSUBACK packet type.</summary>
        public const int Unsuback = 11;

        /// <summary>PINGREQ packet type.</summary>
        public const int Pingreq = 12;

        /// <summary>PINGRESP packet type.</summary>
        public const int Pingresp = 13;

        /// <summary>DISCONNECT packet type.</summary>
        public const int Disconnect = 14;

        /// <summary>The packet type sits in the high nibble of the first byte.</summary>
        public const int TypeShift = 4;

        /// <summary>Mask of the low nibble (flags) of the first byte.</summary>
        public const int FlagsMask = 0x0F;

        /// <summary>Flags every packet but PUBLISH, PUBREL, SUBSCRIBE and UNSUBSCRIBE must carry (section 2.2.2).</summary>
        public const int FlagsReserved = 0x00;

        /// <summary>Flags PUBREL, SUBSCRIBE and UNSUBSCRIBE must carry (section 2.2.2).</summary>
        public const int FlagsQos1Reserved = 0x02;

        /// <summary>PUBLISH flag: duplicate delivery.</summary>
        public const int PublishDupFlag = 0x08;

        /// <summary>PUBLISH flags: QoS bits.</summary>
        public const int PublishQosMask = 0x06;

        /// <summary>PUBLISH flags: shift of the QoS bits.</summary>
        public const int PublishQosShift = 1;

        /// <summary>PUBLISH flag: retain.</summary>
        public const int PublishRetainFlag = 0x01;

        /// <summary>Largest remaining length the 4-byte variable length encoding can carry (section 2.2.3).</summary>
        public const int MaxRemainingLength = 268435455;

        /// <summary>Most bytes of the remaining length field.</summary>
        public const int MaxRemainingLengthBytes = 4;

        /// <summary>Continuation bit of one remaining length byte.</summary>
        public const int RemainingLengthContinuation = 0x80;

        /// <summary>Value bits of one remaining length byte.</summary>
        public const int RemainingLengthValueMask = 0x7F;

        /// <summary>Size of a UTF-8 string or binary length prefix, and of a packet identifier.</summary>
        public const int TwoByteFieldSize = 2;

        /// <summary>Largest UTF-8 string or binary field (section 1.5.3).</summary>
        public const int MaxStringBytes = 65535;

        /// <summary>Protocol name of 3.1.1 (section 3.1.2.1).</summary>
        public const string ProtocolName = "MQTT";

        /// <summary>Protocol level of 3.1.1 (section 3.1.2.2).</summary>
        public const byte ProtocolLevel = 4;

        /// <summary>CONNECT flag: user name present.</summary>
        public const int ConnectUserNameFlag = 0x80;

        /// <summary>CONNECT flag: password present.</summary>
        public const int ConnectPasswordFlag = 0x40;

        /// <summary>CONNECT flag: will retain.</summary>
        public const int ConnectWillRetainFlag = 0x20;

        /// <summary>CONNECT flags: will QoS bits.</summary>
        public const int ConnectWillQosMask = 0x18;

        /// <summary>CONNECT flags: shift of the will QoS bits.</summary>
        public const int ConnectWillQosShift = 3;

        /// <summary>CONNECT flag: will present.</summary>
        public const int ConnectWillFlag = 0x04;

        /// <summary>CONNECT flag: clean session.</summary>
        public const int ConnectCleanSessionFlag = 0x02;

        /// <summary>CONNECT flag reserved bit, must be zero (section 3.1.2.3).</summary>
        public const int ConnectReservedFlag = 0x01;

        /// <summary>CONNACK acknowledge flags: session present; the other bits are reserved.</summary>
        public const int ConnackSessionPresentFlag = 0x01;

        /// <summary>Remaining length of CONNACK.</summary>
        public const int ConnackRemainingLength = 2;

        /// <summary>Highest CONNACK return code defined by 3.1.1 (5 = not authorized).</summary>
        public const int ConnackMaxReturnCode = 5;

        /// <summary>Remaining length of PUBACK, PUBREC, PUBREL, PUBCOMP and UNSUBACK.</summary>
        public const int PacketIdOnlyRemainingLength = 2;

        /// <summary>Highest QoS level.</summary>
        public const int MaxQos = 2;

        /// <summary>SUBACK return code: failure.</summary>
        public const byte SubackFailure = 0x80;

        /// <summary>Single-level topic wildcard.</summary>
        public const char SingleLevelWildcard = '+';

        /// <summary>Multi-level topic wildcard.</summary>
        public const char MultiLevelWildcard = '#';

        /// <summary>IANA port of MQTT over plain TCP.</summary>
        public const int DefaultPort = 1883;

        /// <summary>Largest keep-alive value in seconds (a two-byte field).</summary>
        public const int MaxKeepAliveSeconds = 65535;
    }
}
