// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Sliding anti-replay window over 64-bit counters: the bitmap ring of RFC 6479 (as in WireGuard). Blocks of
    /// 32 bits form a ring; moving ahead only clears the blocks it passes, so every operation is O(blocks).
    /// Checking and accepting are separate calls so a caller can verify everything else before committing.
    /// A floor (the persisted high-water mark at boot) rejects everything at or below it.
    /// </summary>
    public sealed class ReplayWindow
    {
        private const int BlockBits = 32;
        private const int BlockShift = 5;
        private const int Blocks = (ProtocolConstants.ReplayWindowSize / BlockBits) + 1;
        private const int BlockMask = Blocks - 1;

        private readonly uint[] _bitmap = new uint[Blocks];
        private long _highest;
        private long _floor;

        /// <summary>Initialises an empty window: every counter from 1 up is acceptable.</summary>
        public ReplayWindow()
        {
            Reset(0);
        }

        /// <summary>Gets the highest accepted counter (or the floor when none was accepted since the reset).</summary>
        public long Highest
        {
            get { return _highest; }
        }

        /// <summary>Gets the floor: no counter at or below it is ever acceptable.</summary>
        public long Floor
        {
            get { return _floor; }
        }

        /// <summary>Forgets every accepted counter and rejects everything at or below <paramref name="floor"/>.</summary>
        /// <param name="floor">The persisted high-water mark (0 for a fresh key).</param>
        public void Reset(long floor)
        {
            if (floor < 0)
            {
                floor = 0;
            }

            _floor = floor;
            _highest = floor;
            for (int i = 0; i < Blocks; i++)
            {
                _bitmap[i] = 0;
            }
        }

        /// <summary>Tells whether <paramref name="counter"/> may be accepted. Changes nothing.</summary>
        /// <param name="counter">Counter from the message.</param>
        /// <returns>True if new and inside the window.</returns>
        public bool IsAcceptable(long counter)
        {
            if (counter <= _floor || counter > ProtocolConstants.MaxCounter)
            {
                return false;
            }

            if (counter > _highest)
            {
                return true;
            }

            if (_highest - counter >= ProtocolConstants.ReplayWindowSize)
            {
                return false;
            }

            int block = (int)((counter >> BlockShift) & BlockMask);
            uint bit = 1u << (int)(counter & (BlockBits - 1));
            return (_bitmap[block] & bit) == 0;
        }

        /// <summary>Records <paramref name="counter"/> as seen. Call only after <see cref="IsAcceptable"/> said yes.</summary>
        /// <param name="counter">Counter of the authenticated message.</param>
        /// <returns>False (and no change) if the counter is not acceptable.</returns>
        public bool Accept(long counter)
        {
            if (!IsAcceptable(counter))
            {
                return false;
            }

            if (counter > _highest)
            {
                long currentBlock = _highest >> BlockShift;
                long newBlock = counter >> BlockShift;
                long distance = newBlock - currentBlock;
                if (distance > Blocks)
                {
                    distance = Blocks;
                }

                for (long i = 1; i <= distance; i++)
                {
                    _bitmap[(int)((currentBlock + i) & BlockMask)] = 0;
                }

                _highest = counter;
            }

            _bitmap[(int)((counter >> BlockShift) & BlockMask)] |= 1u << (int)(counter & (BlockBits - 1));
            return true;
        }
    }
}
