// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>
    /// What the key file remembers of a guest pass it issued (for <c>okf pass list</c>): never the guest key. Uses
    /// are the uses the pass allows; the device counts the uses spent and does not report them.
    /// </summary>
    public sealed class IssuedPass
    {
        /// <summary>Gets or sets the pass id.</summary>
        public uint PassId { get; set; }

        /// <summary>Gets or sets the allowed action names.</summary>
        public string[] Actions { get; set; }

        /// <summary>Gets or sets the uses allowed (1-255).</summary>
        public int Uses { get; set; }

        /// <summary>Gets or sets the pass epoch it carries (a later "revoke --all" raises the device's past it).</summary>
        public int Epoch { get; set; }

        /// <summary>Gets or sets the start of validity, UTC seconds.</summary>
        public long NotBefore { get; set; }

        /// <summary>Gets or sets the end of validity, UTC seconds.</summary>
        public long NotAfter { get; set; }

        /// <summary>Gets or sets when it was issued, UTC seconds.</summary>
        public long IssuedAt { get; set; }

        /// <summary>Gets or sets a value indicating whether this key file revoked it (one by one or with all passes).</summary>
        public bool Revoked { get; set; }
    }
}
