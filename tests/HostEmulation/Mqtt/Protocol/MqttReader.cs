// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>Bounds-checked reader over one packet body. Every Try method leaves the position unchanged on failure.</summary>
    public sealed class MqttReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);
        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;

        /// <summary>Reads <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public MqttReader(byte[] buffer, int offset, int count)
        {
            _buffer = buffer;
            _position = offset;
            _end = offset + count;
        }

        /// <summary>Bytes not read yet.</summary>
        public int Remaining => _end - _position;

        /// <summary>Reads one byte.</summary>
        public bool TryReadByte(out byte value)
        {
            value = 0;
            if (Remaining < 1)
            {
                return false;
            }

            value = _buffer[_position++];
            return true;
        }

        /// <summary>Reads a big-endian two-byte integer.</summary>
        public bool TryReadUInt16(out ushort value)
        {
            value = 0;
            if (Remaining < MqttSpec.TwoByteFieldSize)
            {
                return false;
            }

            value = (ushort)((_buffer[_position] << 8) | _buffer[_position + 1]);
            _position += MqttSpec.TwoByteFieldSize;
            return true;
        }

        /// <summary>Reads a length-prefixed binary field.</summary>
        public bool TryReadBinary(out byte[] value)
        {
            value = null;
            int start = _position;
            if (!TryReadUInt16(out ushort length) || Remaining < length)
            {
                _position = start;
                return false;
            }

            value = new byte[length];
            Array.Copy(_buffer, _position, value, 0, length);
            _position += length;
            return true;
        }

        /// <summary>
        /// Reads a length-prefixed UTF-8 string; ill-formed UTF-8 and U+0000 are refused (section 1.5.3,
        /// [MQTT-1.5.3-1] and [MQTT-1.5.3-2]).
        /// </summary>
        public bool TryReadString(out string value)
        {
            value = null;
            int start = _position;
            if (!TryReadBinary(out byte[] bytes))
            {
                return false;
            }

            try
            {
                string text = StrictUtf8.GetString(bytes);
                if (text.IndexOf('\0') >= 0)
                {
                    _position = start;
                    return false;
                }

                value = text;
                return true;
            }
            catch (ArgumentException)
            {
                _position = start;
                return false;
            }
        }

        /// <summary>Reads all the remaining bytes.</summary>
        public byte[] ReadRest()
        {
            byte[] rest = new byte[Remaining];
            Array.Copy(_buffer, _position, rest, 0, rest.Length);
            _position = _end;
            return rest;
        }
    }
}
