// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// How many MAC verifications unauthenticated input may cost (docs/PROTOCOL.md §14 step 7, §18): a bucket per
    /// owner slot, one shared by all guests, and a global one sized to what the CPU affords. A verification takes a
    /// token from its own bucket and one from the global bucket. An owner key whose own bucket is empty may still
    /// borrow from the global bucket while it holds more than <see cref="ProtocolConstants.GlobalBucketReserve"/>
    /// tokens: a flood aimed at one key id (everything the cheap checks see is public, so forgeries reach the MAC)
    /// is then verified message by message up to the global rate, and the owner's own command among it is still
    /// verified, while the reserve keeps the other keys served. A valid owner tag gives the tokens back; guests
    /// never borrow and get a refund only for a command that ran (a dead pass cannot spend the budget for free).
    /// </summary>
    public sealed class MacBudget
    {
        /// <summary>Bucket index used for every guest command.</summary>
        public const int GuestBucket = ProtocolConstants.MaxOwners;

        private readonly TokenBucket[] _buckets = new TokenBucket[ProtocolConstants.MaxOwners + 1];
        private readonly bool[] _borrowed = new bool[ProtocolConstants.MaxOwners + 1];
        private readonly TokenBucket _global;

        /// <summary>Creates full buckets.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public MacBudget(long nowMs)
        {
            for (int i = 0; i < _buckets.Length; i++)
            {
                _buckets[i] = new TokenBucket(ProtocolConstants.KeyBucketCapacity, ProtocolConstants.KeyBucketRefillMs, nowMs);
            }

            _global = new TokenBucket(ProtocolConstants.GlobalBucketCapacity, ProtocolConstants.GlobalBucketRefillMs, nowMs);
        }

        /// <summary>Takes the tokens of one verification, or none at all.</summary>
        /// <param name="bucket">Owner slot, or <see cref="GuestBucket"/>.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>False when the budget is spent (the message is dropped as RateLimited).</returns>
        public bool TryTake(int bucket, long nowMs)
        {
            TokenBucket own = _buckets[bucket];
            if (!_global.HasToken(nowMs))
            {
                return false;
            }

            if (own.HasToken(nowMs))
            {
                own.TryTake(nowMs);
                _global.TryTake(nowMs);
                _borrowed[bucket] = false;
                return true;
            }

            if (bucket == GuestBucket || _global.Tokens <= ProtocolConstants.GlobalBucketReserve)
            {
                return false;
            }

            _global.TryTake(nowMs);
            _borrowed[bucket] = true;
            return true;
        }

        /// <summary>Gives back the tokens of the last verification of a bucket (its tag was valid).</summary>
        /// <param name="bucket">Owner slot, or <see cref="GuestBucket"/>.</param>
        public void Refund(int bucket)
        {
            if (!_borrowed[bucket])
            {
                _buckets[bucket].Refund();
            }

            _borrowed[bucket] = false;
            _global.Refund();
        }
    }
}
