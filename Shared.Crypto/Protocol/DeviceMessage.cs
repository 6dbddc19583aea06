// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Device to owner (results and events). Layout, big-endian:
    /// version 1 | type 1 | device id 8 | key id 1 | device counter 8 | ciphertext | tag 16.
    /// Result plaintext: command counter 8 | action 1 | reason 1 | data 0-192.
    /// Event plaintext: event code 1 | trusted UTC seconds 8 (0 = unknown) | data 0-192.
    /// After <see cref="TryParse"/> the instance is a view into the parsed buffer.
    /// </summary>
    public sealed class DeviceMessage
    {
        /// <summary>Device id from the header.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Result or Event.</summary>
        public MessageType Type;

        /// <summary>Key id of the owner this message is sealed for.</summary>
        public byte KeyId;

        /// <summary>The device's outbound counter for that owner.</summary>
        public long Counter;

        /// <summary>Gets the parsed buffer.</summary>
        public byte[] Buffer { get; private set; }

        /// <summary>Gets the offset of the message in <see cref="Buffer"/>.</summary>
        public int Offset { get; private set; }

        /// <summary>Gets the ciphertext length.</summary>
        public int CiphertextLength { get; private set; }

        /// <summary>Gets the offset of the tag in <see cref="Buffer"/>.</summary>
        public int TagOffset
        {
            get { return Offset + ProtocolConstants.DeviceHeaderSize + CiphertextLength; }
        }

        /// <summary>Writes the 19-byte header.</summary>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Header length.</returns>
        public int EncodeHeader(byte[] output, int offset)
        {
            output[offset + ProtocolConstants.OffsetVersion] = ProtocolConstants.Version;
            output[offset + ProtocolConstants.OffsetType] = (byte)Type;
            System.Array.Copy(DeviceId, 0, output, offset + ProtocolConstants.OffsetDeviceId, ProtocolConstants.DeviceIdSize);
            output[offset + ProtocolConstants.OffsetKeyId] = KeyId;
            BigEndian.WriteInt64(output, offset + ProtocolConstants.OffsetCounter, Counter);
            return ProtocolConstants.DeviceHeaderSize;
        }

        /// <summary>Parses and bounds-checks a device message; no crypto.</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="into">Destination view; valid only when Done is returned.</param>
        /// <returns>Done, BadLength, BadVersion, BadType or Replayed.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, int count, DeviceMessage into)
        {
            if (input == null || offset < 0 || count > ProtocolConstants.MaxDeviceMessageSize
                || count < ProtocolConstants.MinDeviceMessageSize || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset + ProtocolConstants.OffsetVersion] != ProtocolConstants.Version)
            {
                return ReasonCode.BadVersion;
            }

            byte type = input[offset + ProtocolConstants.OffsetType];
            int ciphertextLength = count - ProtocolConstants.DeviceHeaderSize - ProtocolConstants.TagSize;
            if (type == (byte)MessageType.Result)
            {
                if (ciphertextLength < ProtocolConstants.ResultPrefixSize)
                {
                    return ReasonCode.BadLength;
                }
            }
            else if (type != (byte)MessageType.Event)
            {
                return ReasonCode.BadType;
            }

            long counter = BigEndian.ReadInt64(input, offset + ProtocolConstants.OffsetCounter);
            if (counter <= 0 || counter > ProtocolConstants.MaxCounter)
            {
                return ReasonCode.Replayed;
            }

            into.Type = (MessageType)type;
            System.Array.Copy(input, offset + ProtocolConstants.OffsetDeviceId, into.DeviceId, 0, ProtocolConstants.DeviceIdSize);
            into.KeyId = input[offset + ProtocolConstants.OffsetKeyId];
            into.Counter = counter;
            into.Buffer = input;
            into.Offset = offset;
            into.CiphertextLength = ciphertextLength;
            return ReasonCode.Done;
        }
    }
}
