// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace NFUnitTest
{
    /// <summary>A monotonic clock the test moves by hand: no test reads real time or sleeps.</summary>
    public sealed class FakeClock : IClock
    {
        /// <summary>Initializes a new instance of the <see cref="FakeClock"/> class.</summary>
        /// <param name="start">The first reading in milliseconds.</param>
        public FakeClock(long start)
        {
            NowMilliseconds = start;
        }

        /// <summary>Gets or sets the current reading in milliseconds.</summary>
        public long NowMilliseconds { get; set; }

        /// <summary>Moves the clock forward, wrapping like the device's tick counter.</summary>
        /// <param name="ms">Milliseconds to add.</param>
        public void Advance(long ms)
        {
            NowMilliseconds = unchecked(NowMilliseconds + ms);
        }
    }
}
