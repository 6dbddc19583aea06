// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// A monotonic millisecond clock. It never goes backwards and is not the wall clock:
    /// SNTP corrections must never shorten a timeout or re-open a freshness window.
    /// </summary>
    public interface IClock
    {
        /// <summary>
        /// Gets the milliseconds elapsed since an arbitrary fixed origin (boot on the device).
        /// </summary>
        long NowMilliseconds { get; }
    }
}
