// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Where a channel persists a session's counters (the key file, or a guest's pass file).</summary>
    public interface ISessionStore
    {
        /// <summary>
        /// Picks the counter of the next command and persists a NextCounter past it before returning (so a crash, or
        /// another process sharing the store, never reuses it): at least the session's NextCounter.
        /// </summary>
        /// <param name="session">The session about to seal a command.</param>
        /// <returns>The counter to seal with (raise the session to it first).</returns>
        long ReserveCounter(OwnerSession session);

        /// <summary>Persists NextCounter and ReceivedHighest (never lowering saved values); called after every accepted event.</summary>
        /// <param name="session">The session whose counters to save.</param>
        void SaveCounters(OwnerSession session);

        /// <summary>
        /// Called after an accepted result: the store may fold its counters into a later write instead of writing now
        /// (a result is bound to a counter never used again, so replaying it later cannot pass for a new answer).
        /// </summary>
        /// <param name="session">The session that accepted the result.</param>
        void NoteReceived(OwnerSession session);

        /// <summary>Called when a result authenticated under the pending rotated key: the rotation took effect.</summary>
        void PromotePending();

        /// <summary>Called when a result authenticated under the old key while a rotation was pending: forget the pending key.</summary>
        void DropPending();
    }
}
