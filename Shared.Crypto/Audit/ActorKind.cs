// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Audit
{
    /// <summary>
    /// Who caused an action or a state change. Every door movement and every command result is
    /// attributed to exactly one of these, so the audit chain can say "manual" as clearly as "owner 3".
    /// </summary>
    public enum ActorKind : byte
    {
        /// <summary>Nobody yet: the value of an uninitialised record, never written on purpose.</summary>
        None = 0,

        /// <summary>A paired owner key (admin or member); the actor id is the key id.</summary>
        Owner = 1,

        /// <summary>A guest pass; the actor id is the pass id.</summary>
        Guest = 2,

        /// <summary>The device's own auto-close timer.</summary>
        AutoClose = 3,

        /// <summary>Someone at the door: wall button, remote control or hand, with no command behind it.</summary>
        Manual = 4,

        /// <summary>The device's setup button (pairing, local reset of a safety lockout).</summary>
        LocalButton = 5,

        /// <summary>The firmware itself: boot, fault detection, supervisor.</summary>
        System = 6,
    }
}
