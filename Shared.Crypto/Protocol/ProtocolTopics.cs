// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>MQTT topic names (docs/PROTOCOL.md "Topics"). The device id is lowercase hex.</summary>
    public static class ProtocolTopics
    {
        /// <summary>Commands from owners and guests (device subscribes; retained messages ignored).</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <returns>okf/v1/ID/cmd.</returns>
        public static string Command(byte[] deviceId)
        {
            return Base(deviceId) + "/cmd";
        }

        /// <summary>Results and events for one owner key.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="keyId">Owner key id.</param>
        /// <returns>okf/v1/ID/out/KK.</returns>
        public static string OwnerOutbound(byte[] deviceId, byte keyId)
        {
            byte[] id = new byte[] { keyId };
            return Base(deviceId) + "/out/" + Hex.Encode(id, 0, 1);
        }

        /// <summary>Results for one guest pass.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="issuerKeyId">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <returns>okf/v1/ID/guest/KKPPPPPPPP.</returns>
        public static string GuestOutbound(byte[] deviceId, byte issuerKeyId, uint passId)
        {
            byte[] id = new byte[5];
            id[0] = issuerKeyId;
            BigEndian.WriteUInt32(id, 1, passId);
            return Base(deviceId) + "/guest/" + Hex.Encode(id, 0, id.Length);
        }

        /// <summary>The retained freshness nonce.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <returns>okf/v1/ID/nonce.</returns>
        public static string Nonce(byte[] deviceId)
        {
            return Base(deviceId) + "/nonce";
        }

        /// <summary>Pairing requests.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <returns>okf/v1/ID/pair/req.</returns>
        public static string PairingRequest(byte[] deviceId)
        {
            return Base(deviceId) + "/pair/req";
        }

        /// <summary>Pairing responses.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <returns>okf/v1/ID/pair/res.</returns>
        public static string PairingResponse(byte[] deviceId)
        {
            return Base(deviceId) + "/pair/res";
        }

        /// <summary>Retained "online"/"offline" (last will); informational and unauthenticated.</summary>
        /// <param name="deviceId">8-byte device id.</param>
        /// <returns>okf/v1/ID/status.</returns>
        public static string Status(byte[] deviceId)
        {
            return Base(deviceId) + "/status";
        }

        private static string Base(byte[] deviceId)
        {
            return ProtocolConstants.TopicPrefix + Hex.Encode(deviceId, 0, ProtocolConstants.DeviceIdSize);
        }
    }
}
