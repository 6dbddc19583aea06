// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace OwnerTool.Tests.Support
{
    /// <summary>Counters of the simulated device, in memory (the device never reboots in these tests).</summary>
    public sealed class MemoryCounterLedger : ICounterLedger
    {
        private readonly long[] _received = new long[ProtocolConstants.MaxOwners];
        private readonly long[] _sent = new long[ProtocolConstants.MaxOwners];

        /// <inheritdoc />
        public long ReceiveFloor(int slot) => _received[slot];

        /// <inheritdoc />
        public void ObserveReceived(int slot, long counter)
        {
            if (counter > _received[slot])
            {
                _received[slot] = counter;
            }
        }

        /// <inheritdoc />
        public long NextSend(int slot) => ++_sent[slot];
    }
}
