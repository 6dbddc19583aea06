// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// The four message keys of one owner (or one guest pass): per direction (owner-to-device, device-to-owner)
    /// and per purpose (AES-128-CTR encryption, HMAC-SHA256 authentication). Derived once, kept in RAM.
    /// </summary>
    public sealed class SessionKeys
    {
        /// <summary>Owner-to-device AES-128 key.</summary>
        public readonly byte[] CommandEnc = new byte[ProtocolConstants.EncKeySize];

        /// <summary>Owner-to-device HMAC key.</summary>
        public readonly byte[] CommandMac = new byte[ProtocolConstants.MacKeySize];

        /// <summary>Device-to-owner AES-128 key.</summary>
        public readonly byte[] DeviceEnc = new byte[ProtocolConstants.EncKeySize];

        /// <summary>Device-to-owner HMAC key.</summary>
        public readonly byte[] DeviceMac = new byte[ProtocolConstants.MacKeySize];

        /// <summary>Derives all four keys from a master key.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="master">32-byte owner master key or guest master key.</param>
        /// <param name="deviceId">8-byte device id.</param>
        public void Derive(ICryptoBackend backend, byte[] master, byte[] deviceId)
        {
            KeyDerivation.DeriveSubKey(backend, master, ProtocolConstants.LabelCommandEnc, deviceId, CommandEnc, CommandEnc.Length);
            KeyDerivation.DeriveSubKey(backend, master, ProtocolConstants.LabelCommandMac, deviceId, CommandMac, CommandMac.Length);
            KeyDerivation.DeriveSubKey(backend, master, ProtocolConstants.LabelDeviceEnc, deviceId, DeviceEnc, DeviceEnc.Length);
            KeyDerivation.DeriveSubKey(backend, master, ProtocolConstants.LabelDeviceMac, deviceId, DeviceMac, DeviceMac.Length);
        }

        /// <summary>Copies all four keys from another instance.</summary>
        /// <param name="other">Source keys.</param>
        public void CopyFrom(SessionKeys other)
        {
            System.Array.Copy(other.CommandEnc, CommandEnc, CommandEnc.Length);
            System.Array.Copy(other.CommandMac, CommandMac, CommandMac.Length);
            System.Array.Copy(other.DeviceEnc, DeviceEnc, DeviceEnc.Length);
            System.Array.Copy(other.DeviceMac, DeviceMac, DeviceMac.Length);
        }

        /// <summary>Wipes all four keys.</summary>
        public void Clear()
        {
            SecureBuffer.Clear(CommandEnc);
            SecureBuffer.Clear(CommandMac);
            SecureBuffer.Clear(DeviceEnc);
            SecureBuffer.Clear(DeviceMac);
        }
    }
}
