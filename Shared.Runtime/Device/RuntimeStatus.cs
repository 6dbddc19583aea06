// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>What the status LED shows, as the runtime sees it.</summary>
    public enum RuntimeStatus : byte
    {
        /// <summary>Not connected to the broker.</summary>
        Offline = 0,

        /// <summary>Connected to the broker.</summary>
        Online = 1,

        /// <summary>The pairing window is open (wins over online/offline).</summary>
        Pairing = 2,
    }
}
