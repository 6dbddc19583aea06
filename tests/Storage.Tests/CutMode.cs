// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Storage.Tests
{
    /// <summary>What a write cut by a power loss leaves in the file.</summary>
    public enum CutMode
    {
        /// <summary>The file was truncated, then the first k new bytes landed (littlefs/FAT rewrite).</summary>
        Prefix,

        /// <summary>The first k new bytes overwrote the old file in place; the old tail remains.</summary>
        PrefixOverOldTail,

        /// <summary>Nothing reached the flash: the old file is intact.</summary>
        Dropped,
    }
}
