// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Where a channel persists a session's counters (the key file, or a guest's pass file).</summary>
    public interface ISessionStore
    {
        /// <summary>Persists NextCounter and ReceivedHighest; called before every send and after every accepted message.</summary>
        /// <param name="session">The session whose counters to save.</param>
        void SaveCounters(OwnerSession session);

        /// <summary>Called when a result authenticated under the pending rotated key: the rotation took effect.</summary>
        void PromotePending();

        /// <summary>Called when a result authenticated under the old key while a rotation was pending: forget the pending key.</summary>
        void DropPending();
    }
}
