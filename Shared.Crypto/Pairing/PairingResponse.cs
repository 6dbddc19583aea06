// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// Device to owner (53 bytes): version 1 | type 1 | device id 8 | owner nonce 16 | reason 1 | key id 1 |
    /// role 1 | first counter 8 | tag 16. The tag is HMAC-SHA256(confirm key, the 37 bytes before it || the whole
    /// 82-byte request) truncated to 16 bytes; the confirm key derives from the new master key, so only the device
    /// holding the pinned private key can produce it.
    /// </summary>
    public sealed class PairingResponse
    {
        /// <summary>Offset of the echoed owner nonce.</summary>
        public const int OffsetOwnerNonce = ProtocolConstants.OffsetKeyId;

        /// <summary>Offset of the reason byte.</summary>
        public const int OffsetReason = OffsetOwnerNonce + ProtocolConstants.OwnerNonceSize;

        /// <summary>Offset of the assigned key id.</summary>
        public const int OffsetKeyId = OffsetReason + 1;

        /// <summary>Offset of the role.</summary>
        public const int OffsetRole = OffsetKeyId + 1;

        /// <summary>Offset of the first counter the owner must use.</summary>
        public const int OffsetCounterStart = OffsetRole + 1;

        /// <summary>Offset of the tag (also the length of the response bytes it covers).</summary>
        public const int OffsetTag = OffsetCounterStart + ProtocolConstants.CounterSize;

        /// <summary>Device id.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Echoed owner nonce.</summary>
        public readonly byte[] OwnerNonce = new byte[ProtocolConstants.OwnerNonceSize];

        /// <summary>Done, or why the device refused after a valid proof (RegistryFull).</summary>
        public ReasonCode Reason;

        /// <summary>Assigned key id (0 when refused).</summary>
        public byte KeyId;

        /// <summary>Assigned role (None when refused).</summary>
        public OwnerRole Role;

        /// <summary>First command counter the owner must use.</summary>
        public long CounterStart;

        /// <summary>Writes everything but the tag (37 bytes).</summary>
        /// <param name="output">Destination of PairingResponseSize bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written (the offset of the tag).</returns>
        public int EncodeUnsigned(byte[] output, int offset)
        {
            output[offset + ProtocolConstants.OffsetVersion] = ProtocolConstants.Version;
            output[offset + ProtocolConstants.OffsetType] = (byte)MessageType.PairingResponse;
            System.Array.Copy(DeviceId, 0, output, offset + ProtocolConstants.OffsetDeviceId, DeviceId.Length);
            System.Array.Copy(OwnerNonce, 0, output, offset + OffsetOwnerNonce, OwnerNonce.Length);
            output[offset + OffsetReason] = (byte)Reason;
            output[offset + OffsetKeyId] = KeyId;
            output[offset + OffsetRole] = (byte)Role;
            BigEndian.WriteInt64(output, offset + OffsetCounterStart, CounterStart);
            return OffsetTag;
        }

        /// <summary>Parses a response (no crypto).</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="into">Destination; changed only on success.</param>
        /// <returns>Done, BadLength, BadVersion, BadType or BadField.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, int count, PairingResponse into)
        {
            if (input == null || offset < 0 || count != ProtocolConstants.PairingResponseSize || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset + ProtocolConstants.OffsetVersion] != ProtocolConstants.Version)
            {
                return ReasonCode.BadVersion;
            }

            if (input[offset + ProtocolConstants.OffsetType] != (byte)MessageType.PairingResponse)
            {
                return ReasonCode.BadType;
            }

            byte role = input[offset + OffsetRole];
            if (role > (byte)OwnerRole.Member)
            {
                return ReasonCode.BadField;
            }

            System.Array.Copy(input, offset + ProtocolConstants.OffsetDeviceId, into.DeviceId, 0, into.DeviceId.Length);
            System.Array.Copy(input, offset + OffsetOwnerNonce, into.OwnerNonce, 0, into.OwnerNonce.Length);
            into.Reason = (ReasonCode)input[offset + OffsetReason];
            into.KeyId = input[offset + OffsetKeyId];
            into.Role = (OwnerRole)role;
            into.CounterStart = BigEndian.ReadInt64(input, offset + OffsetCounterStart);
            return ReasonCode.Done;
        }

        /// <summary>Computes the response tag: HMAC(confirm key, response[0..37) || request[0..82)).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="confirmKey">32-byte confirm key.</param>
        /// <param name="response">Response buffer (the tag covers its first OffsetTag bytes).</param>
        /// <param name="responseOffset">First response byte.</param>
        /// <param name="request">The 82-byte request.</param>
        /// <param name="requestOffset">First request byte.</param>
        /// <param name="mac">32-byte output (its first 16 bytes are the tag).</param>
        public static void ComputeTag(ICryptoBackend backend, byte[] confirmKey, byte[] response, int responseOffset,
            byte[] request, int requestOffset, byte[] mac)
        {
            byte[] transcript = new byte[OffsetTag + ProtocolConstants.PairingRequestSize];
            System.Array.Copy(response, responseOffset, transcript, 0, OffsetTag);
            System.Array.Copy(request, requestOffset, transcript, OffsetTag, ProtocolConstants.PairingRequestSize);
            backend.HmacSha256(confirmKey, transcript, 0, transcript.Length, mac, 0);
        }
    }
}
