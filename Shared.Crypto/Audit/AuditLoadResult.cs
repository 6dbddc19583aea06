// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// What <see cref="AuditChain.Load"/> found in storage.
    /// </summary>
    public enum AuditLoadResult : byte
    {
        /// <summary>No record: a new chain starts from the zero genesis hash.</summary>
        Empty = 0,

        /// <summary>A record that parsed and verified: the chain continues from its head.</summary>
        Loaded = 1,

        /// <summary>
        /// A record that did not parse or did not verify. The chain restarts with no entries and, as its
        /// anchor, the SHA-256 of the bad record, so the break stays visible to an owner who pinned the
        /// old head. Callers should append a <see cref="ActorKind.System"/> entry saying so.
        /// </summary>
        Broken = 2,
    }
}
