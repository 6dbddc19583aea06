// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace NFUnitTest
{
    /// <summary>What a write interrupted by a power cut leaves on the flash.</summary>
    public enum CutMode
    {
        /// <summary>The file holds only the bytes written before the cut (truncate, then partial write).</summary>
        Prefix,

        /// <summary>The new bytes up to the cut overwrite the start of the old content; the old tail remains.</summary>
        PrefixOverOldTail,

        /// <summary>The write never reached the flash.</summary>
        Dropped,
    }
}
