// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// Owner side of pairing: builds the request from a pairing URI and checks the device's response against the
    /// device public key pinned by that URI. A response from anything else (a broker posing as the device) fails.
    /// </summary>
    public sealed class OwnerPairing
    {
        private readonly ICryptoBackend _backend;
        private readonly PairingUri _uri;
        private readonly byte[] _ownerPrivateKey;
        private readonly PairingRequest _request = new PairingRequest();
        private readonly byte[] _requestBytes = new byte[ProtocolConstants.PairingRequestSize];
        private readonly PairingResponse _response = new PairingResponse();

        /// <summary>Starts a pairing.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="uri">The device's pairing URI.</param>
        /// <param name="ownerPrivateKey">Owner X25519 private key (32 bytes).</param>
        /// <param name="ownerNonce">16 random bytes.</param>
        public OwnerPairing(ICryptoBackend backend, PairingUri uri, byte[] ownerPrivateKey, byte[] ownerNonce)
        {
            _backend = backend;
            _uri = uri;
            _ownerPrivateKey = ownerPrivateKey;
            System.Array.Copy(uri.DeviceId, _request.DeviceId, ProtocolConstants.DeviceIdSize);
            X25519.PublicKeyFromPrivate(ownerPrivateKey, _request.OwnerPublicKey);
            System.Array.Copy(ownerNonce, _request.OwnerNonce, ProtocolConstants.OwnerNonceSize);
        }

        /// <summary>Gets the master key after a successful <see cref="TryComplete"/>.</summary>
        public byte[] MasterKey { get; private set; }

        /// <summary>Gets the assigned key id.</summary>
        public byte KeyId { get; private set; }

        /// <summary>Gets the assigned role.</summary>
        public OwnerRole Role { get; private set; }

        /// <summary>Gets the first command counter to use.</summary>
        public long CounterStart { get; private set; }

        /// <summary>Builds the request for the device's current nonce (read from the retained nonce topic).</summary>
        /// <param name="deviceNonce">8-byte current device nonce.</param>
        /// <param name="output">Destination of PairingRequestSize bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int BuildRequest(byte[] deviceNonce, byte[] output, int offset)
        {
            System.Array.Copy(deviceNonce, _request.DeviceNonce, ProtocolConstants.NonceSize);
            int unsigned = _request.EncodeUnsigned(_requestBytes, 0);
            byte[] proofKey = new byte[ProtocolConstants.HmacSize];
            byte[] mac = new byte[ProtocolConstants.HmacSize];
            KeyDerivation.DerivePairingProofKey(_backend, _uri.PairingSecret, _uri.DeviceId, proofKey);
            _backend.HmacSha256(proofKey, _requestBytes, 0, unsigned, mac, 0);
            System.Array.Copy(mac, 0, _requestBytes, unsigned, ProtocolConstants.TagSize);
            SecureBuffer.Clear(proofKey);
            System.Array.Copy(_requestBytes, 0, output, offset, _requestBytes.Length);
            return _requestBytes.Length;
        }

        /// <summary>Checks a response; on Done the master key, key id, role and first counter are set.</summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>Done; BadTag (not from the pinned device); WrongDevice / Replayed (not for this request); a parse error; or the device's refusal (RegistryFull).</returns>
        public ReasonCode TryComplete(byte[] input, int offset, int count)
        {
            ReasonCode parsed = PairingResponse.TryParse(input, offset, count, _response);
            if (parsed != ReasonCode.Done)
            {
                return parsed;
            }

            if (!ConstantTime.AreEqual(_response.DeviceId, 0, _uri.DeviceId, 0, ProtocolConstants.DeviceIdSize))
            {
                return ReasonCode.WrongDevice;
            }

            if (!ConstantTime.AreEqual(_response.OwnerNonce, 0, _request.OwnerNonce, 0, ProtocolConstants.OwnerNonceSize))
            {
                return ReasonCode.Replayed;
            }

            byte[] shared = new byte[ProtocolConstants.PublicKeySize];
            byte[] master = new byte[ProtocolConstants.MasterKeySize];
            byte[] confirm = new byte[ProtocolConstants.HmacSize];
            byte[] mac = new byte[ProtocolConstants.HmacSize];
            try
            {
                if (!X25519.SharedSecret(_ownerPrivateKey, _uri.DevicePublicKey, shared))
                {
                    return ReasonCode.WeakPublicKey;
                }

                KeyDerivation.DeriveMasterKey(_backend, _uri.PairingSecret, ProtocolConstants.LabelMaster, shared, _uri.DeviceId,
                    _uri.DevicePublicKey, _request.OwnerPublicKey, master);
                KeyDerivation.DeriveSubKey(_backend, master, ProtocolConstants.LabelConfirm, _uri.DeviceId, confirm, confirm.Length);
                PairingResponse.ComputeTag(_backend, confirm, input, offset, _requestBytes, 0, mac);
                if (!ConstantTime.AreEqual(mac, 0, input, offset + PairingResponse.OffsetTag, ProtocolConstants.TagSize))
                {
                    return ReasonCode.BadTag;
                }

                if (_response.Reason != ReasonCode.Done)
                {
                    return _response.Reason;
                }

                MasterKey = master;
                master = null;
                KeyId = _response.KeyId;
                Role = _response.Role;
                CounterStart = _response.CounterStart;
                return ReasonCode.Done;
            }
            finally
            {
                SecureBuffer.Clear(shared);
                SecureBuffer.Clear(confirm);
                if (master != null)
                {
                    SecureBuffer.Clear(master);
                }
            }
        }
    }
}
