// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Passes
{
    /// <summary>
    /// Guest passes the device already refused for good (revoked, expired, used up) with an answer and an audit
    /// entry. Later commands on such a pass are dropped before the MAC, unanswered and unaudited, and only counted
    /// here, so a dead pass can neither rewrite the audit log nor wear the flash. Bounded (oldest entry replaced);
    /// RAM only: after a reboot a dead pass is answered once more.
    /// </summary>
    public sealed class DeadPassList
    {
        private readonly byte[] _issuer = new byte[ProtocolConstants.MaxDeadPasses];
        private readonly uint[] _passId = new uint[ProtocolConstants.MaxDeadPasses];
        private readonly byte[] _reason = new byte[ProtocolConstants.MaxDeadPasses];
        private readonly int[] _repeats = new int[ProtocolConstants.MaxDeadPasses];
        private int _count;
        private int _next;

        /// <summary>Tells whether a refusal reason kills a pass for good.</summary>
        /// <param name="reason">The refusal.</param>
        /// <returns>True for PassRevoked, PassExpired and PassUsedUp.</returns>
        public static bool IsFinal(byte reason)
        {
            return reason == (byte)ReasonCode.PassRevoked || reason == (byte)ReasonCode.PassExpired
                || reason == (byte)ReasonCode.PassUsedUp;
        }

        /// <summary>Remembers a pass that was just refused for good (after its one answer).</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <param name="reason">The final refusal.</param>
        public void Add(byte issuer, uint passId, byte reason)
        {
            if (Find(issuer, passId) >= 0)
            {
                return;
            }

            _issuer[_next] = issuer;
            _passId[_next] = passId;
            _reason[_next] = reason;
            _repeats[_next] = 0;
            _next = (_next + 1) % _issuer.Length;
            if (_count < _issuer.Length)
            {
                _count++;
            }
        }

        /// <summary>Counts a repeat when the pass is dead.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <returns>The final refusal reason, or Done when the pass is not known dead.</returns>
        public ReasonCode CountRepeat(byte issuer, uint passId)
        {
            int entry = Find(issuer, passId);
            if (entry < 0)
            {
                return ReasonCode.Done;
            }

            if (_repeats[entry] < int.MaxValue)
            {
                _repeats[entry]++;
            }

            return (ReasonCode)_reason[entry];
        }

        /// <summary>Gets how many commands arrived on a dead pass after its answer.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <returns>Repeats, 0 when unknown.</returns>
        public int RepeatsOf(byte issuer, uint passId)
        {
            int entry = Find(issuer, passId);
            return entry < 0 ? 0 : _repeats[entry];
        }

        /// <summary>Forgets every entry (an epoch bump or a new pass book).</summary>
        public void Clear()
        {
            _count = 0;
            _next = 0;
        }

        private int Find(byte issuer, uint passId)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_issuer[i] == issuer && _passId[i] == passId)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
