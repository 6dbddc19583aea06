// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Passes;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Owner (or guest) to device. Layout, big-endian:
    /// version 1 | type 1 | device id 8 | key id 1 | counter 8 | echoed nonce 8 | [guest: pass body 27] |
    /// ciphertext (owner time 8 | action 1 | arguments 0-64) | tag 16.
    /// The tag is HMAC-SHA256 truncated to 16 bytes over everything before it.
    /// After <see cref="TryParse"/> the instance is a view into the parsed buffer (no copy, no allocation).
    /// </summary>
    public sealed class CommandMessage
    {
        /// <summary>Device id from the header.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Echoed freshness nonce.</summary>
        public readonly byte[] Nonce = new byte[ProtocolConstants.NonceSize];

        /// <summary>Guest pass body (guest commands only).</summary>
        public readonly GuestPass Pass = new GuestPass();

        /// <summary>Command or GuestCommand.</summary>
        public MessageType Type;

        /// <summary>Owner key id (for a guest command: the issuing admin's key id).</summary>
        public byte KeyId;

        /// <summary>Message counter (1 to MaxCounter).</summary>
        public long Counter;

        /// <summary>Gets the parsed buffer.</summary>
        public byte[] Buffer { get; private set; }

        /// <summary>Gets the offset of the message in <see cref="Buffer"/>.</summary>
        public int Offset { get; private set; }

        /// <summary>Gets the header length (27, or 54 for a guest command).</summary>
        public int HeaderLength { get; private set; }

        /// <summary>Gets the ciphertext length.</summary>
        public int CiphertextLength { get; private set; }

        /// <summary>Gets the offset of the tag in <see cref="Buffer"/>.</summary>
        public int TagOffset
        {
            get { return Offset + HeaderLength + CiphertextLength; }
        }

        /// <summary>Gets the header length of a message type.</summary>
        /// <param name="type">Command or GuestCommand.</param>
        /// <returns>Header length in bytes.</returns>
        public static int HeaderLengthOf(MessageType type)
        {
            return type == MessageType.GuestCommand ? ProtocolConstants.GuestHeaderSize : ProtocolConstants.CommandHeaderSize;
        }

        /// <summary>Writes the header (and pass body for a guest command).</summary>
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
            System.Array.Copy(Nonce, 0, output, offset + ProtocolConstants.OffsetNonce, ProtocolConstants.NonceSize);
            if (Type == MessageType.GuestCommand)
            {
                Pass.Encode(output, offset + ProtocolConstants.CommandHeaderSize);
            }

            return HeaderLengthOf(Type);
        }

        /// <summary>Parses and bounds-checks a command; cheap checks only (no crypto).</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="into">Destination view; valid only when Done is returned.</param>
        /// <returns>Done, BadLength, BadVersion, BadType, Replayed (counter 0 or too large) or BadField.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, int count, CommandMessage into)
        {
            if (input == null || offset < 0 || count < ProtocolConstants.MinCommandSize
                || count > ProtocolConstants.MaxCommandSize || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset + ProtocolConstants.OffsetVersion] != ProtocolConstants.Version)
            {
                return ReasonCode.BadVersion;
            }

            byte type = input[offset + ProtocolConstants.OffsetType];
            if (type != (byte)MessageType.Command && type != (byte)MessageType.GuestCommand)
            {
                return ReasonCode.BadType;
            }

            int headerLength = HeaderLengthOf((MessageType)type);
            int ciphertextLength = count - headerLength - ProtocolConstants.TagSize;
            if (ciphertextLength < ProtocolConstants.MinCommandPlaintext || ciphertextLength > ProtocolConstants.MaxCommandPlaintext)
            {
                return ReasonCode.BadLength;
            }

            long counter = BigEndian.ReadInt64(input, offset + ProtocolConstants.OffsetCounter);
            if (counter <= 0 || counter > ProtocolConstants.MaxCounter)
            {
                return ReasonCode.Replayed;
            }

            if (type == (byte)MessageType.GuestCommand)
            {
                ReasonCode passReason = GuestPass.TryParse(input, offset + ProtocolConstants.CommandHeaderSize, into.Pass);
                if (passReason != ReasonCode.Done)
                {
                    return passReason;
                }
            }

            into.Type = (MessageType)type;
            System.Array.Copy(input, offset + ProtocolConstants.OffsetDeviceId, into.DeviceId, 0, ProtocolConstants.DeviceIdSize);
            into.KeyId = input[offset + ProtocolConstants.OffsetKeyId];
            into.Counter = counter;
            System.Array.Copy(input, offset + ProtocolConstants.OffsetNonce, into.Nonce, 0, ProtocolConstants.NonceSize);
            into.Buffer = input;
            into.Offset = offset;
            into.HeaderLength = headerLength;
            into.CiphertextLength = ciphertextLength;
            return ReasonCode.Done;
        }
    }
}
