// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Names of the protocol's own actions (0x01-0x1F) for audit tables and messages.</summary>
    public static class ProtocolActionNames
    {
        /// <summary>Audit action of a completed pairing (Shared.Runtime DeviceRuntime.PairedAuditAction).</summary>
        public const byte PairedAuditAction = 0x00;

        /// <summary>Gets the name of an action code.</summary>
        /// <param name="code">Action code.</param>
        /// <returns>The name, or the code in hex.</returns>
        public static string NameOf(byte code)
        {
            // The device audits a completed pairing under action 0x00 (no command carries it).
            if (code == PairedAuditAction)
            {
                return "pair (setup button)";
            }

            switch ((ProtocolAction)code)
            {
                case ProtocolAction.Ping: return "ping";
                case ProtocolAction.ListKeys: return "list-keys";
                case ProtocolAction.RevokeKey: return "revoke-key";
                case ProtocolAction.RotateKey: return "rotate-key";
                case ProtocolAction.SetRole: return "set-role";
                case ProtocolAction.RevokePass: return "revoke-pass";
                case ProtocolAction.RevokeAllPasses: return "revoke-all-passes";
                case ProtocolAction.ReadAudit: return "read-audit";
                case ProtocolAction.ArmInvite: return "arm-invite";
                default: return "0x" + code.ToString("X2");
            }
        }
    }
}
