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
            // nanoFramework-only members (upstream CoreLibrary DateTime.cs says so): .NET has them on DateTimeOffset.
            // Shared device code must not call them, or its host build breaks.
            ["M:System.DateTime.FromUnixTimeSeconds(System.Int64)"] = "nanoFramework-only; .NET has DateTimeOffset.FromUnixTimeSeconds",
            ["M:System.DateTime.ToUnixTimeSeconds"] = "nanoFramework-only; .NET has DateTimeOffset.ToUnixTimeSeconds",

            // .NET returns IDictionaryEnumerator, which is an IEnumerator: every device use compiles on both.
            ["M:System.Collections.Hashtable.GetEnumerator"] = "BCL return type derives from the device one",

            // Native interrupt events have no host counterpart; no device code may use them (host build would fail).
            ["T:nanoFramework.Runtime.Events.NativeEventHandler"] = "not emulated: no native events on the host",
        };
    }
}
