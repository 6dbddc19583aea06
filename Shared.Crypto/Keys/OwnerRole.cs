// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Keys
{
    /// <summary>Role of a paired key (wire value in pairing responses, key lists and SetRole).</summary>
    public enum OwnerRole : byte
    {
        /// <summary>No role: an empty slot.</summary>
        None = 0,

        /// <summary>Manages keys and passes, and operates the device.</summary>
        Admin = 1,

        /// <summary>Operates the device.</summary>
        Member = 2,
    }
}
