// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// Owner to device, in the clear (82 bytes): version 1 | type 1 | device id 8 | owner public key 32 |
    /// owner nonce 16 | echoed device nonce 8 | proof 16. The proof is HMAC-SHA256(pairing proof key, the 66
    /// bytes before it) truncated to 16 bytes: only someone who read the pairing URI can make it, and it binds the
    /// owner's public key, so a broker cannot substitute its own.
    /// </summary>
    public sealed class PairingRequest
    {
        /// <summary>Offset of the owner public key.</summary>
        public const int OffsetOwnerKey = ProtocolConstants.OffsetKeyId;

        /// <summary>Offset of the owner nonce.</summary>
        public const int OffsetOwnerNonce = OffsetOwnerKey + ProtocolConstants.PublicKeySize;

        /// <summary>Offset of the echoed device nonce.</summary>
        public const int OffsetDeviceNonce = OffsetOwnerNonce + ProtocolConstants.OwnerNonceSize;

        /// <summary>Offset of the proof (also the length of the bytes it covers).</summary>
        public const int OffsetProof = OffsetDeviceNonce + ProtocolConstants.NonceSize;

        /// <summary>Device id.</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>Owner X25519 public key.</summary>
        public readonly byte[] OwnerPublicKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>Owner's random nonce (echoed in the response so the owner matches it).</summary>
        public readonly byte[] OwnerNonce = new byte[ProtocolConstants.OwnerNonceSize];

        /// <summary>The device's current freshness nonce, echoed.</summary>
        public readonly byte[] DeviceNonce = new byte[ProtocolConstants.NonceSize];

        /// <summary>Writes everything but the proof (66 bytes); the caller appends the proof.</summary>
        /// <param name="output">Destination of PairingRequestSize bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written (the offset of the proof).</returns>
        public int EncodeUnsigned(byte[] output, int offset)
        {
            output[offset + ProtocolConstants.OffsetVersion] = ProtocolConstants.Version;
            output[offset + ProtocolConstants.OffsetType] = (byte)MessageType.PairingRequest;
            System.Array.Copy(DeviceId, 0, output, offset + ProtocolConstants.OffsetDeviceId, DeviceId.Length);
            System.Array.Copy(OwnerPublicKey, 0, output, offset + OffsetOwnerKey, OwnerPublicKey.Length);
            System.Array.Copy(OwnerNonce, 0, output, offset + OffsetOwnerNonce, OwnerNonce.Length);
            System.Array.Copy(DeviceNonce, 0, output, offset + OffsetDeviceNonce, DeviceNonce.Length);
            return OffsetProof;
        }

        /// <summary>Parses a request (no crypto).</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="into">Destination; changed only on success.</param>
        /// <returns>Done, BadLength, BadVersion or BadType.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, int count, PairingRequest into)
        {
            if (input == null || offset < 0 || count != ProtocolConstants.PairingRequestSize || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset + ProtocolConstants.OffsetVersion] != ProtocolConstants.Version)
            {
                return ReasonCode.BadVersion;
            }

            if (input[offset + ProtocolConstants.OffsetType] != (byte)MessageType.PairingRequest)
            {
                return ReasonCode.BadType;
            }

            System.Array.Copy(input, offset + ProtocolConstants.OffsetDeviceId, into.DeviceId, 0, into.DeviceId.Length);
            System.Array.Copy(input, offset + OffsetOwnerKey, into.OwnerPublicKey, 0, into.OwnerPublicKey.Length);
            System.Array.Copy(input, offset + OffsetOwnerNonce, into.OwnerNonce, 0, into.OwnerNonce.Length);
            System.Array.Copy(input, offset + OffsetDeviceNonce, into.DeviceNonce, 0, into.DeviceNonce.Length);
            return ReasonCode.Done;
        }
    }
}
