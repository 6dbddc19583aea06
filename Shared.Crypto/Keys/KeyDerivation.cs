// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// Every key derivation of the protocol (HKDF-SHA256, RFC 5869), labels from <see cref="ProtocolConstants"/>.
    /// Sub-keys are HKDF-Expand of a 32-byte uniformly random key (a master key is already a PRK), with info =
    /// label || device id (|| more, where noted).
    /// </summary>
    public static class KeyDerivation
    {
        /// <summary>Device id = first 8 bytes of SHA-256(LabelDeviceId || device public key).</summary>
        /// <param name="devicePublicKey">32-byte X25519 public key.</param>
        /// <param name="deviceId">8-byte output.</param>
        public static void DeriveDeviceId(byte[] devicePublicKey, byte[] deviceId)
        {
            byte[] label = ProtocolConstants.LabelDeviceId;
            byte[] input = new byte[label.Length + ProtocolConstants.PublicKeySize];
            Copy(label, input, 0);
            Copy(devicePublicKey, input, label.Length);
            byte[] hash = new byte[32];
            Sha256.Hash(input, 0, input.Length, hash, 0);
            for (int i = 0; i < ProtocolConstants.DeviceIdSize; i++)
            {
                deviceId[i] = hash[i];
            }
        }

        /// <summary>
        /// Pairing proof key: PRK = Extract(salt = LabelPairingSalt, IKM = pairing secret);
        /// key = Expand(PRK, LabelPairingProof || device id, 32).
        /// </summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="pairingSecret">16-byte pairing secret.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="key">32-byte output.</param>
        public static void DerivePairingProofKey(ICryptoBackend backend, byte[] pairingSecret, byte[] deviceId, byte[] key)
        {
            byte[] prk = new byte[32];
            Hkdf.Extract(backend, ProtocolConstants.LabelPairingSalt, pairingSecret, 0, pairingSecret.Length, prk);
            ExpandWithDevice(backend, prk, ProtocolConstants.LabelPairingProof, deviceId, null, key, 0, 32);
            SecureBuffer.Clear(prk);
        }

        /// <summary>
        /// Owner master key: PRK = Extract(salt, IKM = X25519 shared secret);
        /// master = Expand(PRK, label || device id || device public key || owner public key, 32).
        /// Pairing uses salt = pairing secret and LabelMaster; rotation uses salt = the old master key and LabelRotate.
        /// </summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="salt">Pairing secret (pairing) or the old master key (rotation).</param>
        /// <param name="label">LabelMaster or LabelRotate.</param>
        /// <param name="sharedSecret">32-byte X25519 result.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="devicePublicKey">32-byte device public key.</param>
        /// <param name="ownerPublicKey">32-byte owner public key.</param>
        /// <param name="master">32-byte output.</param>
        public static void DeriveMasterKey(ICryptoBackend backend, byte[] salt, byte[] label, byte[] sharedSecret,
            byte[] deviceId, byte[] devicePublicKey, byte[] ownerPublicKey, byte[] master)
        {
            byte[] prk = new byte[32];
            Hkdf.Extract(backend, salt, sharedSecret, 0, sharedSecret.Length, prk);
            byte[] keys = new byte[2 * ProtocolConstants.PublicKeySize];
            Copy(devicePublicKey, keys, 0);
            Copy(ownerPublicKey, keys, ProtocolConstants.PublicKeySize);
            ExpandWithDevice(backend, prk, label, deviceId, keys, master, 0, ProtocolConstants.MasterKeySize);
            SecureBuffer.Clear(prk);
        }

        /// <summary>Sub-key = Expand(master, label || device id, length).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="master">32-byte master (or guest master, or pass-issuing) key.</param>
        /// <param name="label">One of the protocol labels.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="output">Destination.</param>
        /// <param name="length">Key length.</param>
        public static void DeriveSubKey(ICryptoBackend backend, byte[] master, byte[] label, byte[] deviceId, byte[] output, int length)
        {
            ExpandWithDevice(backend, master, label, deviceId, null, output, 0, length);
        }

        /// <summary>Guest master = Expand(pass-issuing key, LabelGuest || device id || issuer key id || pass body, 32).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="passIssueKey">The issuing admin's 32-byte pass key.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="issuerKeyId">Key id of the issuing admin.</param>
        /// <param name="passBody">Buffer holding the encoded pass body.</param>
        /// <param name="passOffset">Offset of the pass body.</param>
        /// <param name="info">Scratch of at least label + 8 + 1 + pass size bytes (no allocation on the device).</param>
        /// <param name="guestMaster">32-byte output.</param>
        public static void DeriveGuestMaster(ICryptoBackend backend, byte[] passIssueKey, byte[] deviceId, byte issuerKeyId,
            byte[] passBody, int passOffset, byte[] info, byte[] guestMaster)
        {
            byte[] label = ProtocolConstants.LabelGuest;
            int n = 0;
            for (int i = 0; i < label.Length; i++)
            {
                info[n++] = label[i];
            }

            for (int i = 0; i < ProtocolConstants.DeviceIdSize; i++)
            {
                info[n++] = deviceId[i];
            }

            info[n++] = issuerKeyId;
            for (int i = 0; i < ProtocolConstants.GuestPassSize; i++)
            {
                info[n++] = passBody[passOffset + i];
            }

            Hkdf.Expand(backend, passIssueKey, info, 0, n, guestMaster, 0, ProtocolConstants.MasterKeySize);
        }

        /// <summary>Size of the scratch buffer <see cref="DeriveGuestMaster"/> needs.</summary>
        public static int GuestInfoSize
        {
            get { return ProtocolConstants.LabelGuest.Length + ProtocolConstants.DeviceIdSize + 1 + ProtocolConstants.GuestPassSize; }
        }

        private static void ExpandWithDevice(ICryptoBackend backend, byte[] prk, byte[] label, byte[] deviceId, byte[] extra,
            byte[] output, int outputOffset, int length)
        {
            int extraLength = extra == null ? 0 : extra.Length;
            byte[] info = new byte[label.Length + ProtocolConstants.DeviceIdSize + extraLength];
            Copy(label, info, 0);
            Copy(deviceId, info, label.Length);
            if (extra != null)
            {
                Copy(extra, info, label.Length + ProtocolConstants.DeviceIdSize);
            }

            Hkdf.Expand(backend, prk, info, 0, info.Length, output, outputOffset, length);
        }

        private static void Copy(byte[] source, byte[] destination, int offset)
        {
            for (int i = 0; i < source.Length; i++)
            {
                destination[offset + i] = source[i];
            }
        }
    }
}
