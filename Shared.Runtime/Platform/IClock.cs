// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// A monotonic millisecond clock. It never goes backwards and is not the wall clock:
    /// SNTP corrections must never shorten a timeout or re-open a freshness window.
    /// </summary>
    /// <remarks>The reading itself is declared by <see cref="IMonotonicClock"/>, which the protocol also reads.</remarks>
    public interface IClock : IMonotonicClock
    {
    }
}
