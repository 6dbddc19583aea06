// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>An armed one-time invite: the URI for the new person and how long it stays usable.</summary>
    /// <param name="DeviceName">The admin's local name of the device.</param>
    /// <param name="Uri">The invite URI (okf://pair?...&amp;i=...): give it to one person, privately.</param>
    /// <param name="WindowOpen">True when the device's pairing window is already open.</param>
    /// <param name="SecondsLeft">Seconds the invite has left: of the open window, or to wait for the long press.</param>
    public sealed record Invitation(string DeviceName, string Uri, bool WindowOpen, int SecondsLeft);
}
