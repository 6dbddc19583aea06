// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace Protocol.Tests.Support
{
    /// <summary>
    /// An in-memory ledger that behaves like block reservation: "persisted" values jump a block ahead, and
    /// <see cref="Reboot"/> returns a ledger that resumes from what was persisted.
    /// </summary>
    public sealed class MemoryLedger : ICounterLedger
    {
        private readonly int _block;
        private readonly long[] _rxLast = new long[ProtocolConstants.MaxOwners];
        private readonly long[] _rxPersisted = new long[ProtocolConstants.MaxOwners];
        private readonly long[] _txLast = new long[ProtocolConstants.MaxOwners];
        private readonly long[] _txPersisted = new long[ProtocolConstants.MaxOwners];

        public MemoryLedger(int block)
        {
            _block = block;
        }

        public int Writes { get; private set; }

        public long ReceiveFloor(int slot)
        {
            return _rxLast[slot];
        }

        public void ObserveReceived(int slot, long counter)
        {
            if (counter <= _rxLast[slot])
            {
                return;
            }

            if (counter > _rxPersisted[slot])
            {
                _rxPersisted[slot] = counter + _block - 1;
                Writes++;
            }

            _rxLast[slot] = counter;
        }

        public long NextSend(int slot)
        {
            long value = _txLast[slot] + 1;
            if (value > _txPersisted[slot])
            {
                _txPersisted[slot] = value + _block - 1;
                Writes++;
            }

            _txLast[slot] = value;
            return value;
        }

        public long SentLast(int slot)
        {
            return _txLast[slot];
        }

        public MemoryLedger Reboot()
        {
            MemoryLedger next = new MemoryLedger(_block);
            for (int i = 0; i < ProtocolConstants.MaxOwners; i++)
            {
                next._rxLast[i] = next._rxPersisted[i] = _rxPersisted[i];
                next._txLast[i] = next._txPersisted[i] = _txPersisted[i];
            }

            return next;
        }

        public string Digest()
        {
            return string.Join(",", _rxLast) + "|" + string.Join(",", _txLast) + "|" + Writes;
        }
    }
}
