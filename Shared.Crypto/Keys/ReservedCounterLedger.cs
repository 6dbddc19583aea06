// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// <see cref="ICounterLedger"/> over the power-safe record store: one <see cref="CounterReservation"/> per slot
    /// and direction ("okf.rx.N", "okf.tx.N"). A flash write happens only when a block of counters is used up, so
    /// a reboot resumes above every counter ever accepted or sent, at the price of skipping part of a block.
    /// </summary>
    public sealed class ReservedCounterLedger : ICounterLedger
    {
        /// <summary>Counters reserved per flash write.</summary>
        public const int DefaultBlockSize = 256;

        private readonly CounterReservation[] _received = new CounterReservation[ProtocolConstants.MaxOwners];
        private readonly CounterReservation[] _sent = new CounterReservation[ProtocolConstants.MaxOwners];

        /// <summary>Loads (or creates) the counters of every slot.</summary>
        /// <param name="store">Power-safe record store.</param>
        /// <param name="blockSize">Counters reserved per write.</param>
        public ReservedCounterLedger(RecordStore store, int blockSize)
        {
            for (int i = 0; i < ProtocolConstants.MaxOwners; i++)
            {
                _received[i] = new CounterReservation(store, "okf.rx." + i.ToString(), blockSize);
                _sent[i] = new CounterReservation(store, "okf.tx." + i.ToString(), blockSize);
            }
        }

        /// <inheritdoc />
        public long ReceiveFloor(int slot)
        {
            return _received[slot].Last;
        }

        /// <inheritdoc />
        public void ObserveReceived(int slot, long counter)
        {
            _received[slot].Observe(counter);
        }

        /// <inheritdoc />
        public long NextSend(int slot)
        {
            return _sent[slot].Next();
        }
    }
}
