// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// The device's own identity, made from the hardware RNG at first boot (and again after a factory reset):
    /// an X25519 key pair, the device id derived from the public key, and a 128-bit pairing secret.
    /// There is no default or shared secret: every value here is per device.
    /// </summary>
    public sealed class DeviceIdentity
    {
        /// <summary>Persistent format version of <see cref="Encode"/>.</summary>
        public const byte FormatVersion = 1;

        /// <summary>Encoded size: version, private key, public key, pairing secret.</summary>
        public const int EncodedSize = 1 + (2 * ProtocolConstants.PublicKeySize) + ProtocolConstants.PairingSecretSize;

        /// <summary>X25519 private key (secret).</summary>
        public readonly byte[] PrivateKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>X25519 public key (pinned by owners through the pairing URI).</summary>
        public readonly byte[] PublicKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>8-byte device id (topics, headers).</summary>
        public readonly byte[] DeviceId = new byte[ProtocolConstants.DeviceIdSize];

        /// <summary>128-bit pairing secret (secret; shown only on the serial console as part of the pairing URI).</summary>
        public readonly byte[] PairingSecret = new byte[ProtocolConstants.PairingSecretSize];

        /// <summary>Makes a new identity (one X25519 scalar multiplication: seconds on an ESP32).</summary>
        /// <param name="random">Hardware RNG (call with the radio running: only then is it truly random).</param>
        /// <returns>The identity.</returns>
        public static DeviceIdentity Generate(IRandomSource random)
        {
            DeviceIdentity identity = new DeviceIdentity();
            random.NextBytes(identity.PrivateKey);
            random.NextBytes(identity.PairingSecret);
            X25519.PublicKeyFromPrivate(identity.PrivateKey, identity.PublicKey);
            KeyDerivation.DeriveDeviceId(identity.PublicKey, identity.DeviceId);
            return identity;
        }

        /// <summary>Builds an identity from known values (tests, test vectors).</summary>
        /// <param name="privateKey">32-byte private key.</param>
        /// <param name="pairingSecret">16-byte pairing secret.</param>
        /// <returns>The identity.</returns>
        public static DeviceIdentity FromSecrets(byte[] privateKey, byte[] pairingSecret)
        {
            DeviceIdentity identity = new DeviceIdentity();
            Array.Copy(privateKey, identity.PrivateKey, identity.PrivateKey.Length);
            Array.Copy(pairingSecret, identity.PairingSecret, identity.PairingSecret.Length);
            X25519.PublicKeyFromPrivate(identity.PrivateKey, identity.PublicKey);
            KeyDerivation.DeriveDeviceId(identity.PublicKey, identity.DeviceId);
            return identity;
        }

        /// <summary>Encodes for persistence (contains secrets: device flash only).</summary>
        /// <param name="output">Destination of <see cref="EncodedSize"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            output[offset] = FormatVersion;
            Array.Copy(PrivateKey, 0, output, offset + 1, PrivateKey.Length);
            Array.Copy(PublicKey, 0, output, offset + 1 + PrivateKey.Length, PublicKey.Length);
            Array.Copy(PairingSecret, 0, output, offset + 1 + (2 * PublicKey.Length), PairingSecret.Length);
            return EncodedSize;
        }

        /// <summary>Decodes a persisted identity without the slow X25519 (the public key is stored).</summary>
        /// <param name="input">Encoded identity.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>The identity, or null when malformed.</returns>
        public static DeviceIdentity TryParse(byte[] input, int offset, int count)
        {
            if (input == null || offset < 0 || count != EncodedSize || offset + count > input.Length || input[offset] != FormatVersion)
            {
                return null;
            }

            DeviceIdentity identity = new DeviceIdentity();
            Array.Copy(input, offset + 1, identity.PrivateKey, 0, identity.PrivateKey.Length);
            Array.Copy(input, offset + 1 + identity.PrivateKey.Length, identity.PublicKey, 0, identity.PublicKey.Length);
            Array.Copy(input, offset + 1 + (2 * identity.PublicKey.Length), identity.PairingSecret, 0, identity.PairingSecret.Length);
            KeyDerivation.DeriveDeviceId(identity.PublicKey, identity.DeviceId);
            return identity;
        }

        /// <summary>Wipes the secrets (factory reset).</summary>
        public void Clear()
        {
            SecureBuffer.Clear(PrivateKey);
            SecureBuffer.Clear(PairingSecret);
        }
    }
}
