// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Actions the protocol layer executes itself (0x01-0x1F). Device actions use 0x20-0x3F and are defined by
    /// each controller; the ciphertext carries the action, so the broker never learns which one was asked.
    /// </summary>
    public enum ProtocolAction : byte
    {
        /// <summary>Any owner: no-op that returns Done (also sets the trusted clock). No arguments.</summary>
        Ping = 0x01,

        /// <summary>Admin: list keys. Result data: count, then per key id, role, 8-byte key fingerprint.</summary>
        ListKeys = 0x02,

        /// <summary>Admin: revoke a key. Argument: key id (1).</summary>
        RevokeKey = 0x03,

        /// <summary>Any owner: replace the sender's own public key. Argument: new X25519 public key (32).</summary>
        RotateKey = 0x04,

        /// <summary>Admin: change a key's role. Arguments: key id (1), role (1).</summary>
        SetRole = 0x05,

        /// <summary>Admin: revoke one guest pass. Arguments: issuer key id (1), pass id (4).</summary>
        RevokePass = 0x06,

        /// <summary>Admin: revoke every guest pass (epoch bump). Result data: the new epoch (2).</summary>
        RevokeAllPasses = 0x07,

        /// <summary>Admin: read the audit chain. Arguments: first sequence number (8). Served by the runtime.</summary>
        ReadAudit = 0x08,

        /// <summary>
        /// Admin: arm a one-time pairing invite (fresh random code, RAM only). No arguments. Result data: the code
        /// (16), window open now (1 = yes), seconds the invite has left (u16). Served by the runtime.
        /// </summary>
        ArmInvite = 0x09,
    }
}
