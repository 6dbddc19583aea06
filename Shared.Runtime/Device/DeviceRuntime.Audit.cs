// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace Shared.Runtime.Device
{
    /// <summary>The runtime's audit writing: per-actor budget for remote actors, and no silent failure.</summary>
    public sealed partial class DeviceRuntime
    {
        /// <summary>Audit action of a summary entry: this many entries of the actor were not written (result = count, max 255).</summary>
        public const byte SuppressedAuditAction = 0xFD;

        /// <summary>Audit action of a fault entry: this many appends failed before it (result = count, max 255).</summary>
        public const byte AuditFaultAction = 0xFE;

        private int _auditFailuresPending;

        /// <summary>Gets how many audit appends failed since boot (each is also logged and later written as a fault entry).</summary>
        public int AuditFailures { get; private set; }

        private void AppendCommandAudit(long now, VerifyOutcome outcome)
        {
            int slot = _registry.FindSlot(outcome.KeyId);
            ActorKind kind = outcome.IsGuest ? ActorKind.Guest : ActorKind.Owner;
            long actorId = outcome.IsGuest ? (long)outcome.PassId : outcome.KeyId;
            int actor = -1;
            if (outcome.IsGuest)
            {
                actor = slot < 0 ? -1 : AuditBudget.GuestActor(slot);
            }
            else if (slot >= 0 && _registry.GetSlot(slot).Role != OwnerRole.Admin)
            {
                actor = AuditBudget.OwnerActor(slot);
            }

            if (!_auditBudget.TryAdmit(actor, now))
            {
                return;
            }

            int suppressed = _auditBudget.TakeSuppressed(actor);
            if (suppressed > 0)
            {
                AppendAudit(now, kind, actorId, SuppressedAuditAction, Saturate(suppressed));
            }

            AppendAudit(now, kind, actorId, outcome.Action, outcome.Reason);
        }

        private void AppendAudit(long now, ActorKind actor, long actorId, byte action, byte result, byte state, long utc)
        {
            try
            {
                if (_auditFailuresPending > 0)
                {
                    // The gap becomes part of the chain: an owner reading it sees that entries are missing.
                    _audit.Append(now < 0 ? 0 : now, utc, ActorKind.System, 0, AuditFaultAction, Saturate(_auditFailuresPending), state);
                    _auditFailuresPending = 0;
                }

                _audit.Append(now < 0 ? 0 : now, utc, actor, actorId, action, result, state);
            }
            catch (System.Exception ex)
            {
                // The action already happened; a failing flash must not stop the answer to the owner, but it is a
                // fault: counted, logged, and written into the chain as soon as an append succeeds again.
                AuditFailures++;
                _auditFailuresPending++;
                _log.WriteLine("runtime: FAULT: audit append failed: " + ex.Message);
            }
        }

        private static byte Saturate(int count)
        {
            return count > 255 ? (byte)255 : (byte)count;
        }
    }
}
