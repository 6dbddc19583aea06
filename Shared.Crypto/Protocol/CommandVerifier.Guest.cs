// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>The guest-pass path of the verifier: pass checks, the pass-derived keys, counters and uses.</summary>
    public sealed partial class CommandVerifier
    {
        // Before any MAC: a counter the pass has already seen is a replay, and a pass already answered as dead gets silence.
        private ReasonCode GuestCheapChecks()
        {
            if (_passes.CheckCounter(_message.KeyId, _message.Pass.PassId, _message.Counter) != ReasonCode.Done)
            {
                return ReasonCode.Replayed;
            }

            return _deadPasses.CountRepeat(_message.KeyId, _message.Pass.PassId);
        }

        // A guest's keys come from the issuing admin's pass key and the pass body, never from the registry.
        private SessionKeys DeriveGuestKeys(OwnerKey issuer, byte[] message, int offset)
        {
            KeyDerivation.DeriveGuestMaster(_backend, issuer.PassIssueKey, _identity.DeviceId, _message.KeyId, message,
                offset + ProtocolConstants.CommandHeaderSize, _guestInfo, _guestMaster);
            _guestKeys.Derive(_backend, _guestMaster, _identity.DeviceId);
            SecureBuffer.Clear(_guestMaster);
            return _guestKeys;
        }

        private void CommitGuestCounter()
        {
            if (!_passes.IsRevokedPass(_message.KeyId, _message.Pass))
            {
                _passes.RecordCounter(_message.KeyId, _message.Pass, _message.Counter, _context.TrustedUtcSeconds);
            }
        }

        private byte RunGuest()
        {
            GuestPass pass = _message.Pass;
            byte reason = (byte)_passes.CheckUse(_message.KeyId, pass, _context.Action, _context.TimeKnown, _context.TrustedUtcSeconds);

            // Every authenticated guest command moves the pass's counter floor, refused or not, so a refused one
            // cannot be held back and replayed once the refusal no longer applies.
            CommitCounter(-1, true);
            if (reason != (byte)ReasonCode.Done)
            {
                if (DeadPassList.IsFinal(reason))
                {
                    _deadPasses.Add(_message.KeyId, pass.PassId, reason);
                }

                return reason;
            }

            reason = RunHandler();
            if (reason == (byte)ReasonCode.Done)
            {
                // Only an action that ran costs a use (and a read-only one, such as Status, none); only it gets the
                // MAC budget back.
                if (_context.ConsumesPassUse)
                {
                    _passes.RecordUse(_message.KeyId, pass, _message.Counter, _context.TrustedUtcSeconds);
                    _outcome.PassesChanged = true;
                }

                _budget.Refund(MacBudget.GuestBucket);
            }

            return reason;
        }
    }
}
