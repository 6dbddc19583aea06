// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Runtime.Tests.Support
{
    /// <summary>A clock the test moves.</summary>
    public sealed class FakeClock : IClock
    {
        /// <summary>Gets or sets the time.</summary>
        public long Now { get; set; } = 1000;

        /// <inheritdoc/>
        public long NowMilliseconds => Now;
    }
}
