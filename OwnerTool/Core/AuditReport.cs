// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Crypto.Audit;

namespace OwnerTool.Core
{
    /// <summary>A verified audit read-out: entries oldest first, linked page to page and to the device's head.</summary>
    public sealed class AuditReport
    {
        /// <summary>Gets the entries, oldest first.</summary>
        public List<AuditEntry> Entries { get; } = new List<AuditEntry>();

        /// <summary>Gets or sets the device's head sequence when read.</summary>
        public long HeadSequence { get; set; }

        /// <summary>Gets or sets a value indicating whether the head pinned by an earlier read was found and matched.</summary>
        public bool PinnedHeadChecked { get; set; }
    }
}
