// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Text;

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>Builds one packet body, then prefixes the fixed header.</summary>
    public sealed class MqttWriter
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);
        private readonly MemoryStream _body = new MemoryStream();

        /// <summary>Appends one byte.</summary>
        public void WriteByte(int value)
        {
            _body.WriteByte((byte)value);
        }

        /// <summary>Appends a big-endian two-byte integer.</summary>
        public void WriteUInt16(int value)
        {
            _body.WriteByte((byte)(value >> 8));
            _body.WriteByte((byte)value);
        }

        /// <summary>Appends a length-prefixed binary field.</summary>
        public void WriteBinary(byte[] value)
        {
            if (value.Length > MqttSpec.MaxStringBytes)
            {
                throw new ArgumentException("An MQTT binary field holds at most 65535 bytes.", nameof(value));
            }

            WriteUInt16(value.Length);
            _body.Write(value, 0, value.Length);
        }

        /// <summary>Appends a length-prefixed UTF-8 string.</summary>
        public void WriteString(string value)
        {
            if (value.IndexOf('\0') >= 0)
            {
                throw new ArgumentException("An MQTT string must not contain U+0000.", nameof(value));
            }

            WriteBinary(StrictUtf8.GetBytes(value));
        }

        /// <summary>Appends raw bytes.</summary>
        public void WriteRaw(byte[] value)
        {
            _body.Write(value, 0, value.Length);
        }

        /// <summary>Returns the whole packet: first byte, remaining length, body.</summary>
        public byte[] ToPacket(int type, int flags)
        {
            int length = (int)_body.Length;
            byte[] packet = new byte[1 + RemainingLength.SizeOf(length) + length];
            packet[0] = (byte)((type << MqttSpec.TypeShift) | (flags & MqttSpec.FlagsMask));
            int offset = RemainingLength.Encode(length, packet, 1);
            _body.Position = 0;
            _body.Read(packet, offset, length);
            return packet;
        }
    }
}
