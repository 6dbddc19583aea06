// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware
{
    /// <summary>
    /// Writes every door state change to the log and passes it on to <see cref="Next"/> (the runtime
    /// sets that to its audit and owner-event forwarder).
    /// </summary>
    public sealed class GarageLogSink : IGarageEventSink
    {
        private readonly ILog _log;

        /// <summary>
        /// Creates the sink.
        /// </summary>
        /// <param name="log">The log.</param>
        public GarageLogSink(ILog log)
        {
            _log = log;
        }

        /// <summary>Gets or sets the sink the change is passed on to, or <c>null</c>.</summary>
        public IGarageEventSink Next { get; set; }

        /// <inheritdoc />
        public void OnStateChanged(GarageSnapshot snapshot, ActorKind cause, int causeId, long now)
        {
            _log.WriteLine("garage-opener: door " + StateName(snapshot.State)
                + " cause=" + ((int)cause).ToString() + "/" + causeId.ToString()
                + (snapshot.Obstructed ? " obstructed" : string.Empty)
                + (snapshot.Locked ? " locked" : string.Empty)
                + (snapshot.UnattendedCloseSuspended ? " unattended-close-suspended" : string.Empty)
                + (snapshot.State == DoorState.Fault ? " fault=0x" + snapshot.FaultReason.ToString("X2") : string.Empty));
            IGarageEventSink next = Next;
            if (next != null)
            {
                next.OnStateChanged(snapshot, cause, causeId, now);
            }
        }

        /// <summary>
        /// Gets a fixed name for a door state (enum names may be stripped on the device).
        /// </summary>
        /// <param name="state">The state.</param>
        /// <returns>The name.</returns>
        public static string StateName(DoorState state)
        {
            switch (state)
            {
                case DoorState.Unknown:
                    return "unknown";
                case DoorState.Closed:
                    return "closed";
                case DoorState.Opening:
                    return "opening";
                case DoorState.Open:
                    return "open";
                case DoorState.Closing:
                    return "closing";
                case DoorState.Stopped:
                    return "stopped";
                case DoorState.Fault:
                    return "fault";
            }

            return "invalid";
        }
    }
}
