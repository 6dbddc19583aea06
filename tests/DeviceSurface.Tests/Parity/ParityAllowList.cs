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
            // .NET returns IDictionaryEnumerator, which is an IEnumerator: every device use compiles on both.
            ["M:System.Collections.Hashtable.GetEnumerator"] = "BCL return type derives from the device one",

            // nanoFramework's DictionaryEntry (System.Collections package) is a class, .NET's a struct: device code
            // reads Key and Value of a Hashtable entry, which compiles and behaves the same on both.
            ["T:System.Collections.DictionaryEntry"] = "class on the device, struct in .NET; Key/Value reads are the same",

            // SpanByte is nanoFramework's byte span (mscorlib); .NET's overload takes Span<byte>. Shared device code
            // must use the byte[] overload, or its host build breaks.
            ["M:System.IO.Stream.Read(System.SpanByte)"] = "nanoFramework-only SpanByte overload",
            ["M:System.IO.MemoryStream.Read(System.SpanByte)"] = "nanoFramework-only SpanByte overload",
            ["M:System.IO.FileStream.Read(System.SpanByte)"] = "nanoFramework-only SpanByte overload",

            // Native interrupt events have no host counterpart; no device code may use them (host build would fail).
            ["T:nanoFramework.Runtime.Events.NativeEventHandler"] = "not emulated: no native events on the host",
        };
    }
}
