// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// The device's monotonic clock: milliseconds since boot from <see cref="Environment.TickCount64"/>.
    /// </summary>
    public sealed class SystemClock : IClock
    {
        /// <inheritdoc />
        public long NowMilliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
