// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Runtime.Device;

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>
    /// Forwards door state changes to the runtime: a sealed event to every owner, and an audit entry when no
    /// command caused it (manual movement, auto-close, local button): commands are audited by the runtime.
    /// Runs on the poll thread: it only queues.
    /// </summary>
    public sealed class GarageRuntimeSink : IGarageEventSink
    {
        private readonly DeviceRuntime _runtime;
        private readonly OutboundEvent _event = new OutboundEvent();

        /// <summary>Creates the sink.</summary>
        /// <param name="runtime">The runtime.</param>
        public GarageRuntimeSink(DeviceRuntime runtime)
        {
            _runtime = runtime;
        }

        /// <inheritdoc/>
        public void OnStateChanged(GarageSnapshot snapshot, ActorKind cause, int causeId, long now)
        {
            _event.Code = GarageEventCode.StateChanged;
            _event.UtcSeconds = 0;
            _event.Length = GarageSnapshotCodec.Encode(snapshot, _event.Data, 0);
            _event.Audit = cause != ActorKind.Owner && cause != ActorKind.Guest && cause != ActorKind.None;
            _event.Actor = cause;
            _event.ActorId = causeId < 0 ? 0 : causeId;
            _event.Action = GarageAction.ObservedMove;
            _event.Result = snapshot.FaultReason;
            _event.State = (byte)snapshot.State;
            _runtime.QueueEvent(_event);
        }
    }
}
