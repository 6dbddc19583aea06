// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Runtime.Platform;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>A clock that reads the test's own time variable, so outputs, polls and the clock share one time.</summary>
    public sealed class FuncClock : IClock
    {
        private readonly Func<long> _now;

        public FuncClock(Func<long> now)
        {
            _now = now;
        }

        public long NowMilliseconds => _now();
    }
}
