// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// A monotonic millisecond clock the protocol reads when it must know the time at a later point than the one
    /// it was handed (the freshness check right before an action runs). Never the wall clock.
    /// </summary>
    public interface IMonotonicClock
    {
        /// <summary>Gets the milliseconds elapsed since an arbitrary fixed origin (boot on the device).</summary>
        long NowMilliseconds { get; }
    }
}
