// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>
    /// Surface members whose host counterpart legitimately differs, by documentation id, each with the reason.
    /// Keep it short: a wrong declaration is fixed in the surface, a missing emulation member is added there.
    /// </summary>
    internal static class ParityAllowList
    {
        public static readonly IReadOnlyDictionary<string, string> Entries = new Dictionary<string, string>
        {
        };
    }
}
