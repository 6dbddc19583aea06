// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Passes
{
    /// <summary>
    /// What the device remembers about guest passes it has seen (it needs no table of issued passes): uses and
    /// last counter per pass (bounded, expired entries are evicted first), individually revoked ids (bounded),
    /// and the epoch whose bump revokes every pass at once. Checks change nothing; commits come after the MAC.
    /// </summary>
    public sealed class PassBook
    {
        /// <summary>Persistent format version.</summary>
        public const byte FormatVersion = 1;

        private const int EntrySize = 1 + 4 + 1 + 8 + 8;
        private const int RevokedSize = 1 + 4;

        /// <summary>Largest encoded size.</summary>
        public const int MaxEncodedSize = 1 + 2 + 1 + (ProtocolConstants.MaxRevokedPasses * RevokedSize) + 1
            + (ProtocolConstants.MaxTrackedPasses * EntrySize);

        private readonly byte[] _issuer = new byte[ProtocolConstants.MaxTrackedPasses];
        private readonly uint[] _passId = new uint[ProtocolConstants.MaxTrackedPasses];
        private readonly byte[] _uses = new byte[ProtocolConstants.MaxTrackedPasses];
        private readonly long[] _lastCounter = new long[ProtocolConstants.MaxTrackedPasses];
        private readonly long[] _notAfter = new long[ProtocolConstants.MaxTrackedPasses];
        private readonly bool[] _used = new bool[ProtocolConstants.MaxTrackedPasses];
        private readonly byte[] _revokedIssuer = new byte[ProtocolConstants.MaxRevokedPasses];
        private readonly uint[] _revokedId = new uint[ProtocolConstants.MaxRevokedPasses];
        private int _revokedCount;

        /// <summary>Gets the current pass epoch; passes of any other epoch are refused.</summary>
        public ushort Epoch { get; private set; }

        /// <summary>Gets a value indicating whether the book changed since <see cref="MarkPersisted"/>.</summary>
        public bool IsDirty { get; private set; }

        /// <summary>Tells the book its state was saved.</summary>
        public void MarkPersisted()
        {
            IsDirty = false;
        }

        /// <summary>Cheap pre-MAC check: a pass's counters must increase strictly.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <param name="counter">Command counter.</param>
        /// <returns>Done or Replayed.</returns>
        public ReasonCode CheckCounter(byte issuer, uint passId, long counter)
        {
            int entry = Find(issuer, passId);
            return entry >= 0 && counter <= _lastCounter[entry] ? ReasonCode.Replayed : ReasonCode.Done;
        }

        /// <summary>Tells whether a pass is revoked (by id or by epoch): such a pass needs no entry at all.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="pass">Authenticated pass body.</param>
        /// <returns>True when revoked.</returns>
        public bool IsRevokedPass(byte issuer, GuestPass pass)
        {
            return pass.Epoch != Epoch || IsRevoked(issuer, pass.PassId);
        }

        /// <summary>Post-MAC policy check of one use. Changes nothing.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="pass">Authenticated pass body.</param>
        /// <param name="action">Requested action.</param>
        /// <param name="timeKnown">Whether the trusted clock is set.</param>
        /// <param name="utcSeconds">Trusted UTC time.</param>
        /// <returns>Done or the pass refusal reason.</returns>
        public ReasonCode CheckUse(byte issuer, GuestPass pass, byte action, bool timeKnown, long utcSeconds)
        {
            if (pass.Epoch != Epoch || IsRevoked(issuer, pass.PassId))
            {
                return ReasonCode.PassRevoked;
            }

            if (!pass.Allows(action))
            {
                return ReasonCode.PassActionNotAllowed;
            }

            if (!timeKnown)
            {
                return ReasonCode.TimeUnknown;
            }

            if (utcSeconds < pass.NotBefore)
            {
                return ReasonCode.PassNotYetValid;
            }

            if (utcSeconds > pass.NotAfter)
            {
                return ReasonCode.PassExpired;
            }

            int entry = Find(issuer, pass.PassId);
            if (entry >= 0)
            {
                return _uses[entry] >= pass.MaxUses ? ReasonCode.PassUsedUp : ReasonCode.Done;
            }

            return FreeEntry(utcSeconds, false) < 0 ? ReasonCode.PassTableFull : ReasonCode.Done;
        }

        /// <summary>
        /// Records the counter of an authenticated guest command whatever its result, so a refused command can never
        /// be replayed and run later. Creates the pass's entry (no use) when needed. A counter alone does not make
        /// the book dirty: a replay needs a fresh nonce, which no command from before a reboot has, so RAM suffices.
        /// </summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="pass">Pass body.</param>
        /// <param name="counter">Command counter.</param>
        /// <param name="utcSeconds">Trusted UTC time (evicts expired entries when the table is full).</param>
        /// <returns>False when no entry was free.</returns>
        public bool RecordCounter(byte issuer, GuestPass pass, long counter, long utcSeconds)
        {
            int entry = Find(issuer, pass.PassId);
            if (entry < 0)
            {
                entry = FreeEntry(utcSeconds, true);
                if (entry < 0)
                {
                    return false;
                }

                _used[entry] = true;
                _issuer[entry] = issuer;
                _passId[entry] = pass.PassId;
                _uses[entry] = 0;
                _lastCounter[entry] = 0;
            }

            if (counter > _lastCounter[entry])
            {
                _lastCounter[entry] = counter;
            }

            _notAfter[entry] = pass.NotAfter;
            return true;
        }

        /// <summary>Records one use after <see cref="CheckUse"/> returned Done and the action ran.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="pass">Pass body.</param>
        /// <param name="counter">Command counter.</param>
        /// <param name="utcSeconds">Trusted UTC time (evicts expired entries when the table is full).</param>
        public void RecordUse(byte issuer, GuestPass pass, long counter, long utcSeconds)
        {
            if (!RecordCounter(issuer, pass, counter, utcSeconds))
            {
                return;
            }

            int entry = Find(issuer, pass.PassId);
            if (_uses[entry] < 255)
            {
                _uses[entry]++;
            }

            IsDirty = true;
        }

        /// <summary>Gets the number of uses recorded for a pass.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <returns>Uses, 0 if never seen.</returns>
        public int UsesOf(byte issuer, uint passId)
        {
            int entry = Find(issuer, passId);
            return entry < 0 ? 0 : _uses[entry];
        }

        /// <summary>Revokes one pass.</summary>
        /// <param name="issuer">Issuing admin key id.</param>
        /// <param name="passId">Pass id.</param>
        /// <returns>Done or RevocationListFull.</returns>
        public ReasonCode Revoke(byte issuer, uint passId)
        {
            if (IsRevoked(issuer, passId))
            {
                return ReasonCode.Done;
            }

            if (_revokedCount >= ProtocolConstants.MaxRevokedPasses)
            {
                return ReasonCode.RevocationListFull;
            }

            _revokedIssuer[_revokedCount] = issuer;
            _revokedId[_revokedCount] = passId;
            _revokedCount++;
            IsDirty = true;
            return ReasonCode.Done;
        }

        /// <summary>Revokes every pass: bumps the epoch and forgets per-pass state.</summary>
        /// <returns>The new epoch.</returns>
        public ushort RevokeAll()
        {
            Epoch++;
            _revokedCount = 0;
            for (int i = 0; i < _used.Length; i++)
            {
                _used[i] = false;
            }

            IsDirty = true;
            return Epoch;
        }

        /// <summary>Encodes the book for persistence.</summary>
        /// <param name="output">Destination of at least <see cref="MaxEncodedSize"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            int n = offset;
            output[n++] = FormatVersion;
            BigEndian.WriteUInt16(output, n, Epoch);
            n += 2;
            output[n++] = (byte)_revokedCount;
            for (int i = 0; i < _revokedCount; i++)
            {
                output[n++] = _revokedIssuer[i];
                BigEndian.WriteUInt32(output, n, _revokedId[i]);
                n += 4;
            }

            int countAt = n++;
            int count = 0;
            for (int i = 0; i < _used.Length; i++)
            {
                if (!_used[i])
                {
                    continue;
                }

                output[n++] = _issuer[i];
                BigEndian.WriteUInt32(output, n, _passId[i]);
                output[n + 4] = _uses[i];
                BigEndian.WriteInt64(output, n + 5, _lastCounter[i]);
                BigEndian.WriteInt64(output, n + 13, _notAfter[i]);
                n += EntrySize - 1;
                count++;
            }

            output[countAt] = (byte)count;
            return n - offset;
        }

        /// <summary>Replaces the content with a persisted one; on any error nothing changes.</summary>
        /// <param name="input">Encoded book.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>Done, BadLength or BadVersion.</returns>
        public ReasonCode TryLoad(byte[] input, int offset, int count)
        {
            if (input == null || offset < 0 || count < 5 || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset] != FormatVersion)
            {
                return ReasonCode.BadVersion;
            }

            int revoked = input[offset + 3];
            int entriesAt = offset + 4 + (revoked * RevokedSize);
            if (revoked > ProtocolConstants.MaxRevokedPasses || entriesAt >= offset + count)
            {
                return ReasonCode.BadLength;
            }

            int entries = input[entriesAt];
            if (entries > ProtocolConstants.MaxTrackedPasses || count != (entriesAt - offset) + 1 + (entries * EntrySize))
            {
                return ReasonCode.BadLength;
            }

            Epoch = BigEndian.ReadUInt16(input, offset + 1);
            _revokedCount = revoked;
            for (int i = 0; i < revoked; i++)
            {
                int at = offset + 4 + (i * RevokedSize);
                _revokedIssuer[i] = input[at];
                _revokedId[i] = BigEndian.ReadUInt32(input, at + 1);
            }

            for (int i = 0; i < _used.Length; i++)
            {
                _used[i] = i < entries;
                if (i < entries)
                {
                    int at = entriesAt + 1 + (i * EntrySize);
                    _issuer[i] = input[at];
                    _passId[i] = BigEndian.ReadUInt32(input, at + 1);
                    _uses[i] = input[at + 5];
                    _lastCounter[i] = BigEndian.ReadInt64(input, at + 6);
                    _notAfter[i] = BigEndian.ReadInt64(input, at + 14);
                }
            }

            IsDirty = false;
            return ReasonCode.Done;
        }

        private bool IsRevoked(byte issuer, uint passId)
        {
            for (int i = 0; i < _revokedCount; i++)
            {
                if (_revokedIssuer[i] == issuer && _revokedId[i] == passId)
                {
                    return true;
                }
            }

            return false;
        }

        private int Find(byte issuer, uint passId)
        {
            for (int i = 0; i < _used.Length; i++)
            {
                if (_used[i] && _issuer[i] == issuer && _passId[i] == passId)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeEntry(long utcSeconds, bool evict)
        {
            int expired = -1;
            for (int i = 0; i < _used.Length; i++)
            {
                if (!_used[i])
                {
                    return i;
                }

                // An expired pass is refused anyway, so forgetting its use count loses nothing.
                if (expired < 0 && _notAfter[i] < utcSeconds)
                {
                    expired = i;
                }
            }

            if (evict && expired >= 0)
            {
                _used[expired] = false;
            }

            return expired;
        }
    }
}
