// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// How many audit entries a remote actor may add: a bucket per member key slot and one per issuing admin's
    /// guests (AuditBucketCapacity in a burst, then one per AuditBucketRefillMs). Without it one key or one guest
    /// pass could push the whole 64-entry log out and force a flash write per 8 commands at will. Entries over the
    /// budget are not written but counted; the caller writes one summary entry with the count when the actor has
    /// budget again. Admins are not limited (they manage the device and can erase it anyway).
    /// </summary>
    public sealed class AuditBudget
    {
        /// <summary>Number of actor indexes: owner slots, then the guests of each issuer slot.</summary>
        public const int ActorCount = 2 * ProtocolConstants.MaxOwners;

        private readonly TokenBucket[] _buckets = new TokenBucket[ActorCount];
        private readonly int[] _suppressed = new int[ActorCount];

        /// <summary>Creates full budgets.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public AuditBudget(long nowMs)
        {
            for (int i = 0; i < ActorCount; i++)
            {
                _buckets[i] = new TokenBucket(ProtocolConstants.AuditBucketCapacity, ProtocolConstants.AuditBucketRefillMs, nowMs);
            }
        }

        /// <summary>Gets the actor index of an owner key slot.</summary>
        /// <param name="slot">Owner slot.</param>
        /// <returns>The index.</returns>
        public static int OwnerActor(int slot)
        {
            return slot;
        }

        /// <summary>Gets the actor index shared by all guests of an issuing admin.</summary>
        /// <param name="issuerSlot">The issuer's slot.</param>
        /// <returns>The index.</returns>
        public static int GuestActor(int issuerSlot)
        {
            return ProtocolConstants.MaxOwners + issuerSlot;
        }

        /// <summary>Takes one entry's budget, or counts the entry as suppressed.</summary>
        /// <param name="actor">Actor index (out of range: always admitted).</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True when the entry may be written.</returns>
        public bool TryAdmit(int actor, long nowMs)
        {
            if (actor < 0 || actor >= ActorCount)
            {
                return true;
            }

            if (_buckets[actor].TryTake(nowMs))
            {
                return true;
            }

            if (_suppressed[actor] < int.MaxValue)
            {
                _suppressed[actor]++;
            }

            return false;
        }

        /// <summary>Returns and clears the count of suppressed entries of an actor.</summary>
        /// <param name="actor">Actor index.</param>
        /// <returns>Entries not written since the last call.</returns>
        public int TakeSuppressed(int actor)
        {
            if (actor < 0 || actor >= ActorCount)
            {
                return 0;
            }

            int count = _suppressed[actor];
            _suppressed[actor] = 0;
            return count;
        }
    }
}
