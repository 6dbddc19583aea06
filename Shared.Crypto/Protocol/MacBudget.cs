// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// How many MAC verifications unauthenticated input may cost: a bucket per owner slot, one shared by all
    /// guests, and a global one. A verification needs a token from its own bucket and from the global bucket;
    /// a valid tag gives both back. A flood under one key id therefore drains only that key's bucket (and is
    /// bounded globally), while legitimate traffic never consumes budget.
    /// </summary>
    public sealed class MacBudget
    {
        /// <summary>Bucket index used for every guest command.</summary>
        public const int GuestBucket = ProtocolConstants.MaxOwners;

        private readonly TokenBucket[] _buckets = new TokenBucket[ProtocolConstants.MaxOwners + 1];
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

        /// <summary>Takes one token from the sender's bucket and one from the global bucket, or none at all.</summary>
        /// <param name="bucket">Owner slot, or <see cref="GuestBucket"/>.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>False when either bucket is empty (the message is dropped as RateLimited).</returns>
        public bool TryTake(int bucket, long nowMs)
        {
            TokenBucket own = _buckets[bucket];
            if (!own.HasToken(nowMs) || !_global.HasToken(nowMs))
            {
                return false;
            }

            own.TryTake(nowMs);
            _global.TryTake(nowMs);
            return true;
        }

        /// <summary>Gives back the tokens of a verification whose tag was valid.</summary>
        /// <param name="bucket">Owner slot, or <see cref="GuestBucket"/>.</param>
        public void Refund(int bucket)
        {
            _buckets[bucket].Refund();
            _global.Refund();
        }
    }
}
