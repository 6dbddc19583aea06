// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace OwnerTool.Core
{
    /// <summary>
    /// One paired device in the key file. Byte values are lowercase hex. <see cref="MasterKey"/> is secret and
    /// is never printed; counters are saved before a command leaves, so a crash never reuses one.
    /// </summary>
    public sealed class PairedDevice
    {
        /// <summary>Gets or sets the local name ("garage", "front-door").</summary>
        public string Name { get; set; }

        /// <summary>Gets or sets the device id (16 hex digits).</summary>
        public string DeviceId { get; set; }

        /// <summary>Gets or sets the device kind from the pairing URI ("garage", "doorbell").</summary>
        public string Kind { get; set; }

        /// <summary>Gets or sets the device X25519 public key pinned at pairing (64 hex digits).</summary>
        public string DevicePublicKey { get; set; }

        /// <summary>Gets or sets the key id the device assigned.</summary>
        public int KeyId { get; set; }

        /// <summary>Gets or sets the role ("admin", "member").</summary>
        public string Role { get; set; }

        /// <summary>Gets or sets the 32-byte master key (secret).</summary>
        public string MasterKey { get; set; }

        /// <summary>Gets or sets a rotated master key sent but not yet confirmed (secret).</summary>
        public string PendingMasterKey { get; set; }

        /// <summary>Gets or sets the next command counter.</summary>
        public long NextCounter { get; set; }

        /// <summary>Gets or sets the highest device counter accepted (replay floor for results and events).</summary>
        public long ReceivedHighest { get; set; }

        /// <summary>Gets or sets the pass epoch new guest passes carry (learned from "pass revoke --all").</summary>
        public int PassEpoch { get; set; }

        /// <summary>Gets or sets the newest audit sequence verified so far (0 = none).</summary>
        public long AuditHeadSequence { get; set; }

        /// <summary>Gets or sets the chain hash after <see cref="AuditHeadSequence"/> (pinned: a rewrite is detected).</summary>
        public string AuditHeadHash { get; set; }

        /// <summary>Gets or sets the ids of the guest passes issued from this key file (so a revoke can tell a typo).</summary>
        public List<uint> IssuedPasses { get; set; } = new List<uint>();

        /// <summary>Gets or sets the guest passes issued from this key file, with what they allow (okf pass list).</summary>
        public List<IssuedPass> Passes { get; set; } = new List<IssuedPass>();

        /// <summary>Gets or sets local names of the device's key ids (okf keys name); they never leave the key file.</summary>
        public Dictionary<int, string> KeyNames { get; set; } = new Dictionary<int, string>();

        /// <summary>Gets or sets the name given with <c>okf invite --name</c>, for the key the invitee will get.</summary>
        public string PendingInviteName { get; set; }

        /// <summary>Gets or sets the key ids the device had when that invite was armed (the invitee's is the new one).</summary>
        public List<int> PendingInviteKnownKeys { get; set; }

        /// <summary>Gets or sets when the device was paired (UTC, ISO 8601).</summary>
        public string PairedAt { get; set; }
    }
}
