// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Tests.Fakes
{
    /// <summary>A monotonic clock the test moves.</summary>
    public sealed class TestClock : IClock
    {
        /// <inheritdoc />
        public long NowMilliseconds { get; set; }
    }
}
