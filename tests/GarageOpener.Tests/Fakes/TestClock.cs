// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>A clock that moves only when the test moves it.</summary>
    public sealed class TestClock : IClock
    {
        public long NowMilliseconds { get; set; }
    }
}
