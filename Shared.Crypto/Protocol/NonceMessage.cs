// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// The retained freshness-nonce announcement, in the clear (18 bytes): version 1 | type 1 | device id 8 |
    /// nonce 8. Unauthenticated on purpose: a forged nonce can only make commands fail, which a broker can
    /// achieve anyway by dropping them.
    /// </summary>
    public sealed class NonceMessage
    {
        /// <summary>Device id.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Current nonce.</summary>
        public readonly byte[] Nonce = new byte[ProtocolConstants.NonceSize];

        /// <summary>Writes the announcement.</summary>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            output[offset + ProtocolConstants.OffsetVersion] = ProtocolConstants.Version;
            output[offset + ProtocolConstants.OffsetType] = (byte)MessageType.Nonce;
            System.Array.Copy(DeviceId, 0, output, offset + ProtocolConstants.OffsetDeviceId, ProtocolConstants.DeviceIdSize);
            System.Array.Copy(Nonce, 0, output, offset + ProtocolConstants.OffsetKeyId, ProtocolConstants.NonceSize);
            return ProtocolConstants.NonceMessageSize;
        }

        /// <summary>Parses an announcement.</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="into">Destination; changed only on success.</param>
        /// <returns>Done, BadLength, BadVersion or BadType.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, int count, NonceMessage into)
        {
            if (input == null || offset < 0 || count != ProtocolConstants.NonceMessageSize || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset + ProtocolConstants.OffsetVersion] != ProtocolConstants.Version)
            {
                return ReasonCode.BadVersion;
            }

            if (input[offset + ProtocolConstants.OffsetType] != (byte)MessageType.Nonce)
            {
                return ReasonCode.BadType;
            }

            System.Array.Copy(input, offset + ProtocolConstants.OffsetDeviceId, into.DeviceId, 0, ProtocolConstants.DeviceIdSize);
            System.Array.Copy(input, offset + ProtocolConstants.OffsetKeyId, into.Nonce, 0, ProtocolConstants.NonceSize);
            return ReasonCode.Done;
        }
    }
}
