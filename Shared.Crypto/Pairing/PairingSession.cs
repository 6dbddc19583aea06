// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// Device side of pairing. A window opened by the physical button (<see cref="OpenPairingWindow"/>) accepts
    /// single-message requests for at most 120 s. Which credential a proof must use depends on the registry: the
    /// printed pairing secret only while no owner is paired; afterwards only a one-time invite an admin armed
    /// (<see cref="ArmInvite"/>) for this window. Cheap checks and the proof (one HMAC) come before the X25519.
    /// The window closes after one success or after 20 wrong proofs; that count belongs to the window (RAM only),
    /// so the next long press starts afresh and nothing a broker client sends can lock pairing for longer than
    /// one window. The procedure keeps no partial state between messages, so malformed input starts it over.
    /// </summary>
    public sealed class PairingSession
    {
        private readonly ICryptoBackend _backend;
        private readonly IRandomSource _random;
        private readonly DeviceIdentity _identity;
        private readonly OwnerRegistry _registry;
        private readonly FreshnessNonce _nonce;
        private readonly CommandVerifier _verifier;
        private readonly byte[] _proofKey = new byte[ProtocolConstants.HmacSize];
        private readonly byte[] _mac = new byte[ProtocolConstants.HmacSize];
        private readonly PairingRequest _request = new PairingRequest();
        private readonly PairingResponse _response = new PairingResponse();
        private readonly PairingInvite _invite = new PairingInvite();
        private bool _open;
        private long _closesAt;

        /// <summary>Creates the session (window closed, no invite).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="random">The device RNG (invite codes).</param>
        /// <param name="identity">Device identity.</param>
        /// <param name="registry">Owner keys.</param>
        /// <param name="nonce">Freshness nonce (requests echo it, so an old request cannot be replayed later).</param>
        /// <param name="verifier">The command verifier (prepares the new owner's replay window).</param>
        public PairingSession(ICryptoBackend backend, IRandomSource random, DeviceIdentity identity, OwnerRegistry registry,
            FreshnessNonce nonce, CommandVerifier verifier)
        {
            _backend = backend;
            _random = random;
            _identity = identity;
            _registry = registry;
            _nonce = nonce;
            _verifier = verifier;
            KeyDerivation.DerivePairingProofKey(backend, identity.PairingSecret, identity.DeviceId, _proofKey);
        }

        /// <summary>Gets the wrong proofs counted in the current window (0 after every long press).</summary>
        public int FailureCount { get; private set; }

        /// <summary>Gets a value indicating whether the last window was closed by too many wrong proofs.</summary>
        public bool IsLocked { get; private set; }

        /// <summary>Gets the slot filled by the last successful pairing (-1 if none): persist the registry then.</summary>
        public int LastPairedSlot { get; private set; }

        /// <summary>Gets a value indicating whether the last successful pairing used an invite (not the printed secret).</summary>
        public bool LastPairedByInvite { get; private set; }

        /// <summary>Gets the armed invite (tests and the runtime's log read its state).</summary>
        public PairingInvite Invite
        {
            get { return _invite; }
        }

        /// <summary>
        /// Opens a new window for <see cref="ProtocolConstants.PairingWindowMs"/> (call on a long button press only):
        /// the wrong-proof count starts at zero and an invite waiting for the press is bound to this window.
        /// </summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public void OpenPairingWindow(long nowMs)
        {
            _open = true;
            _closesAt = nowMs + ProtocolConstants.PairingWindowMs;
            FailureCount = 0;
            IsLocked = false;
            _invite.Bind(nowMs, _closesAt);
        }

        /// <summary>Closes the window; an invite bound to it ends with it.</summary>
        public void CloseWindow()
        {
            _open = false;
            if (_invite.IsBound)
            {
                _invite.Clear();
            }
        }

        /// <summary>Tells whether the window is open (and lets an expired window and invite end).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True while open (for the LED).</returns>
        public bool IsOpen(long nowMs)
        {
            if (_open && nowMs - _closesAt >= 0)
            {
                CloseWindow();
            }

            _invite.Expire(nowMs);
            return _open;
        }

        /// <summary>
        /// Arms a fresh one-time invite (admin command). With a window open the invite belongs to it; otherwise it
        /// waits <see cref="ProtocolConstants.InviteArmMs"/> for the long press. Arming again replaces the code.
        /// </summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="output">Destination of <see cref="ProtocolConstants.ArmInviteResultSize"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Done (output written), or RegistryFull (nothing armed: nobody could pair).</returns>
        public ReasonCode ArmInvite(long nowMs, byte[] output, int offset)
        {
            if (_registry.Count >= ProtocolConstants.MaxOwners)
            {
                _invite.Clear();
                return ReasonCode.RegistryFull;
            }

            bool open = IsOpen(nowMs);
            _invite.Arm(_backend, _random, _identity.DeviceId, open, open ? _closesAt : nowMs + ProtocolConstants.InviteArmMs);
            System.Array.Copy(_invite.Code, 0, output, offset, ProtocolConstants.InviteCodeSize);
            output[offset + ProtocolConstants.InviteCodeSize] = (byte)(open ? 1 : 0);
            long seconds = (_invite.RemainingMs(nowMs) + 999) / 1000;
            BigEndian.WriteUInt16(output, offset + ProtocolConstants.InviteCodeSize + 1, (ushort)seconds);
            return ReasonCode.Done;
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
            LastPairedByInvite = false;
            if (retained)
            {
                return ReasonCode.Retained;
            }

            if (!IsOpen(nowMs))
            {
                return IsLocked ? ReasonCode.PairingLocked : ReasonCode.PairingClosed;
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

            // The printed secret is for the first owner only: once anyone is paired, everyone who ever saw the
            // URI (a revoked member, a photo of the QR) would otherwise win the next window opened for someone else.
            bool byInvite = _registry.Count > 0;
            bool proofOk = false;
            if (!byInvite || _invite.IsBound)
            {
                _backend.HmacSha256(byInvite ? _invite.ProofKey : _proofKey, message, offset, PairingRequest.OffsetProof, _mac, 0);
                proofOk = ConstantTime.AreEqual(_mac, 0, message, offset + PairingRequest.OffsetProof, ProtocolConstants.TagSize);
                SecureBuffer.Clear(_mac);
            }

            if (!proofOk)
            {
                FailureCount++;
                if (FailureCount >= ProtocolConstants.MaxPairingFailures)
                {
                    IsLocked = true;
                    CloseWindow();
                }

                return ReasonCode.BadProof;
            }

            ReasonCode result = Complete(message, offset, byInvite ? _invite.Code : _identity.PairingSecret, response,
                responseOffset, out responseLength);
            if (LastPairedSlot >= 0)
            {
                LastPairedByInvite = byInvite;
                CloseWindow();
                _invite.Clear();
            }

            return result;
        }

        private ReasonCode Complete(byte[] message, int offset, byte[] salt, byte[] response, int responseOffset, out int responseLength)
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

                KeyDerivation.DeriveMasterKey(_backend, salt, ProtocolConstants.LabelMaster, shared,
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
