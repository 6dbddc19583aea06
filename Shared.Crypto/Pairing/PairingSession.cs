// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// Device side of pairing. A window opened by the physical button (<see cref="OpenPairingWindow"/>) accepts
    /// single-message requests for at most 120 s. Cheap checks and the proof (one HMAC) come before the X25519.
    /// The window closes after one success or when the persisted wrong-proof count reaches 20; that count
    /// survives reboots and only a success (or <see cref="ResetFailures"/>, physical presence) clears it. The
    /// procedure keeps no partial state between messages, so any malformed input simply starts it over.
    /// </summary>
    public sealed class PairingSession
    {
        private readonly ICryptoBackend _backend;
        private readonly DeviceIdentity _identity;
        private readonly OwnerRegistry _registry;
        private readonly FreshnessNonce _nonce;
        private readonly CommandVerifier _verifier;
        private readonly byte[] _proofKey = new byte[ProtocolConstants.HmacSize];
        private readonly byte[] _mac = new byte[ProtocolConstants.HmacSize];
        private readonly PairingRequest _request = new PairingRequest();
        private readonly PairingResponse _response = new PairingResponse();
        private bool _open;
        private long _closesAt;

        /// <summary>Creates the session (window closed).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="identity">Device identity.</param>
        /// <param name="registry">Owner keys.</param>
        /// <param name="nonce">Freshness nonce (requests echo it, so an old request cannot be replayed later).</param>
        /// <param name="verifier">The command verifier (prepares the new owner's replay window).</param>
        /// <param name="persistedFailures">Wrong-proof count loaded from storage (0 if none).</param>
        public PairingSession(ICryptoBackend backend, DeviceIdentity identity, OwnerRegistry registry, FreshnessNonce nonce,
            CommandVerifier verifier, int persistedFailures)
        {
            _backend = backend;
            _identity = identity;
            _registry = registry;
            _nonce = nonce;
            _verifier = verifier;
            FailureCount = persistedFailures < 0 ? ProtocolConstants.MaxPairingFailures : persistedFailures;
            KeyDerivation.DerivePairingProofKey(backend, identity.PairingSecret, identity.DeviceId, _proofKey);
        }

        /// <summary>Gets the persisted wrong-proof count.</summary>
        public int FailureCount { get; private set; }

        /// <summary>Gets a value indicating whether <see cref="FailureCount"/> changed since <see cref="MarkPersisted"/>.</summary>
        public bool FailuresDirty { get; private set; }

        /// <summary>Gets a value indicating whether too many wrong proofs locked pairing.</summary>
        public bool IsLocked
        {
            get { return FailureCount >= ProtocolConstants.MaxPairingFailures; }
        }

        /// <summary>Gets the slot filled by the last successful pairing (-1 if none): persist the registry then.</summary>
        public int LastPairedSlot { get; private set; }

        /// <summary>Opens the window for <see cref="ProtocolConstants.PairingWindowMs"/> (call on a long button press).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>False when pairing is locked.</returns>
        public bool OpenPairingWindow(long nowMs)
        {
            if (IsLocked)
            {
                _open = false;
                return false;
            }

            _open = true;
            _closesAt = nowMs + ProtocolConstants.PairingWindowMs;
            return true;
        }

        /// <summary>Closes the window.</summary>
        public void CloseWindow()
        {
            _open = false;
        }

        /// <summary>Tells whether the window is open.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True while open (for the LED).</returns>
        public bool IsOpen(long nowMs)
        {
            if (_open && nowMs - _closesAt >= 0)
            {
                _open = false;
            }

            return _open;
        }

        /// <summary>Clears the wrong-proof count (only from a local, physical action).</summary>
        public void ResetFailures()
        {
            FailureCount = 0;
            FailuresDirty = true;
        }

        /// <summary>Encodes a failure count for persistence (4 bytes, big-endian).</summary>
        /// <param name="failures">The count.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public static int EncodeFailures(int failures, byte[] output, int offset)
        {
            BigEndian.WriteUInt32(output, offset, (uint)failures);
            return 4;
        }

        /// <summary>Decodes a persisted failure count; anything unreadable counts as locked (fail closed).</summary>
        /// <param name="input">Persisted bytes (null when the record is absent: 0 failures).</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length (-1 when the record is absent).</param>
        /// <returns>The count to pass to the constructor.</returns>
        public static int ParseFailures(byte[] input, int offset, int count)
        {
            if (input == null || count < 0)
            {
                return 0;
            }

            if (count != 4 || offset < 0 || offset + 4 > input.Length)
            {
                return ProtocolConstants.MaxPairingFailures;
            }

            uint value = BigEndian.ReadUInt32(input, offset);
            return value > ProtocolConstants.MaxPairingFailures ? ProtocolConstants.MaxPairingFailures : (int)value;
        }

        /// <summary>Tells the session its failure count was saved.</summary>
        public void MarkPersisted()
        {
            FailuresDirty = false;
        }

        /// <summary>Handles one message from the pairing request topic.</summary>
        /// <param name="message">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="retained">MQTT retain flag.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="response">Destination of PairingResponseSize bytes.</param>
        /// <param name="responseOffset">First byte.</param>
        /// <param name="responseLength">Length to publish on the response topic; 0 for no answer.</param>
        /// <returns>Done, or the refusal reason.</returns>
        public ReasonCode HandleRequest(byte[] message, int offset, int count, bool retained, long nowMs,
            byte[] response, int responseOffset, out int responseLength)
        {
            responseLength = 0;
            LastPairedSlot = -1;
            if (retained)
            {
                return ReasonCode.Retained;
            }

            if (IsLocked)
            {
                _open = false;
                return ReasonCode.PairingLocked;
            }

            if (!IsOpen(nowMs))
            {
                return ReasonCode.PairingClosed;
            }

            ReasonCode parsed = PairingRequest.TryParse(message, offset, count, _request);
            if (parsed != ReasonCode.Done)
            {
                return parsed;
            }

            if (!ConstantTime.AreEqual(_request.DeviceId, 0, _identity.DeviceId, 0, ProtocolConstants.DeviceIdSize))
            {
                return ReasonCode.WrongDevice;
            }

            _nonce.Update(nowMs);
            if (!_nonce.IsFresh(_request.DeviceNonce, 0))
            {
                return ReasonCode.StaleNonce;
            }

            if (_registry.FindByPublicKey(_request.OwnerPublicKey) >= 0)
            {
                // A replayed request of an owner already paired: a second slot for the same key helps nobody.
                return ReasonCode.Replayed;
            }

            _backend.HmacSha256(_proofKey, message, offset, PairingRequest.OffsetProof, _mac, 0);
            bool proofOk = ConstantTime.AreEqual(_mac, 0, message, offset + PairingRequest.OffsetProof, ProtocolConstants.TagSize);
            SecureBuffer.Clear(_mac);
            if (!proofOk)
            {
                FailureCount++;
                FailuresDirty = true;
                if (IsLocked)
                {
                    _open = false;
                }

                return ReasonCode.BadProof;
            }

            return Complete(message, offset, response, responseOffset, out responseLength);
        }

        private ReasonCode Complete(byte[] message, int offset, byte[] response, int responseOffset, out int responseLength)
        {
            responseLength = 0;
            byte[] shared = new byte[ProtocolConstants.PublicKeySize];
            byte[] master = new byte[ProtocolConstants.MasterKeySize];
            byte[] confirm = new byte[ProtocolConstants.HmacSize];
            try
            {
                if (!X25519.SharedSecret(_identity.PrivateKey, _request.OwnerPublicKey, shared))
                {
                    return ReasonCode.WeakPublicKey;
                }

                KeyDerivation.DeriveMasterKey(_backend, _identity.PairingSecret, ProtocolConstants.LabelMaster, shared,
                    _identity.DeviceId, _identity.PublicKey, _request.OwnerPublicKey, master);
                int slot;
                ReasonCode added = _registry.Add(_request.OwnerPublicKey, master, OwnerRole.Member, out slot);
                System.Array.Copy(_identity.DeviceId, _response.DeviceId, ProtocolConstants.DeviceIdSize);
                System.Array.Copy(_request.OwnerNonce, _response.OwnerNonce, ProtocolConstants.OwnerNonceSize);
                _response.Reason = added;
                _response.KeyId = 0;
                _response.Role = OwnerRole.None;
                _response.CounterStart = 0;
                if (added == ReasonCode.Done)
                {
                    OwnerKey key = _registry.GetSlot(slot);
                    _response.KeyId = key.KeyId;
                    _response.Role = key.Role;
                    _response.CounterStart = _verifier == null ? 1 : _verifier.PrepareSlot(slot);
                    LastPairedSlot = slot;
                    FailureCount = 0;
                    FailuresDirty = true;
                    _open = false;
                }

                KeyDerivation.DeriveSubKey(_backend, master, ProtocolConstants.LabelConfirm, _identity.DeviceId, confirm, confirm.Length);
                _response.EncodeUnsigned(response, responseOffset);
                PairingResponse.ComputeTag(_backend, confirm, response, responseOffset, message, offset, _mac);
                System.Array.Copy(_mac, 0, response, responseOffset + PairingResponse.OffsetTag, ProtocolConstants.TagSize);
                responseLength = ProtocolConstants.PairingResponseSize;
                return added;
            }
            finally
            {
                SecureBuffer.Clear(shared);
                SecureBuffer.Clear(master);
                SecureBuffer.Clear(confirm);
                SecureBuffer.Clear(_mac);
            }
        }
    }
}
