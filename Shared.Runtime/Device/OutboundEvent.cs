// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// One device event waiting for the runtime thread: sealed to every owner and, when <see cref="Audit"/> is
    /// set, appended to the audit chain first. Slots are preallocated and reused.
    /// </summary>
    public sealed class OutboundEvent
    {
        /// <summary>Largest event data carried.</summary>
        public const int MaxData = 32;

        /// <summary>Event code (each firmware defines its codes).</summary>
        public byte Code;

        /// <summary>UTC seconds of the event, 0 to stamp it with the trusted clock when published.</summary>
        public long UtcSeconds;

        /// <summary>Event data.</summary>
        public readonly byte[] Data = new byte[MaxData];

        /// <summary>Valid bytes of <see cref="Data"/>.</summary>
        public int Length;

        /// <summary>Whether the event is also an audit entry (a manual move, an auto-close).</summary>
        public bool Audit;

        /// <summary>Audit: who acted.</summary>
        public ActorKind Actor;

        /// <summary>Audit: key id or pass id (0 when none).</summary>
        public long ActorId;

        /// <summary>Audit: action code.</summary>
        public byte Action;

        /// <summary>Audit: result code.</summary>
        public byte Result;

        /// <summary>Audit: resulting state byte.</summary>
        public byte State;

        /// <summary>Copies another event.</summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(OutboundEvent other)
        {
            Code = other.Code;
            UtcSeconds = other.UtcSeconds;
            Length = other.Length;
            System.Array.Copy(other.Data, Data, other.Length);
            Audit = other.Audit;
            Actor = other.Actor;
            ActorId = other.ActorId;
            Action = other.Action;
            Result = other.Result;
            State = other.State;
        }
    }
}
