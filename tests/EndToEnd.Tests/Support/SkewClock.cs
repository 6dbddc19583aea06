// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using Shared.Runtime.Platform;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// A device's monotonic clock: real time plus an offset the test can only move forward, so a device can be
    /// made to live through a button hold or a nonce rotation without the test waiting for it.
    /// </summary>
    public sealed class SkewClock : IClock
    {
        private long _offset;

        /// <summary>Gets the device time in milliseconds.</summary>
        public long NowMilliseconds => Environment.TickCount64 + Interlocked.Read(ref _offset);

        /// <summary>Moves the device time forward.</summary>
        /// <param name="milliseconds">How far (must be positive: monotonic clocks never go back).</param>
        public void Advance(long milliseconds)
        {
            if (milliseconds <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds));
            }

            Interlocked.Add(ref _offset, milliseconds);
        }
    }
}
