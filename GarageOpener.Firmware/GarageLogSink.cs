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
            _log.WriteLine("garage-opener: door " + StateName(snapshot.State) + " (" + CauseText(cause, causeId) + ")"
                + (snapshot.Obstructed ? ", obstructed" : string.Empty)
                + (snapshot.Locked ? ", vacation lockout on" : string.Empty)
                + (snapshot.UnattendedCloseSuspended ? ", remote close suspended until a local reset" : string.Empty)
                + (snapshot.State == DoorState.Fault ? ", fault: " + FaultText(snapshot.FaultReason) : string.Empty));
            IGarageEventSink next = Next;
            if (next != null)
            {
                next.OnStateChanged(snapshot, cause, causeId, now);
            }
        }

        /// <summary>
        /// Says in words who or what caused a change (enum names may be stripped on the device).
        /// </summary>
        /// <param name="cause">The actor kind.</param>
        /// <param name="causeId">Owner key id or guest pass id.</param>
        /// <returns>The text, such as "by owner key 1".</returns>
        public static string CauseText(ActorKind cause, int causeId)
        {
            switch (cause)
            {
                case ActorKind.Owner:
                    return "by owner key " + causeId.ToString();
                case ActorKind.Guest:
                    return "by guest pass " + causeId.ToString("X8");
                case ActorKind.AutoClose:
                    return "by auto-close";
                case ActorKind.Manual:
                    return "moved at the door: wall button, remote or by hand";
                case ActorKind.LocalButton:
                    return "by the setup button";
                case ActorKind.System:
                    return "read from the limit switches";
            }

            return "cause unknown";
        }

        /// <summary>
        /// Says in words why the controller is in Fault.
        /// </summary>
        /// <param name="reason">The fault reason (GarageReason).</param>
        /// <returns>The text.</returns>
        public static string FaultText(byte reason)
        {
            switch (reason)
            {
                case GarageReason.DepartureTimeout:
                    return "the door did not leave its limit after the press";
                case GarageReason.ArrivalTimeout:
                    return "the door did not reach the other limit in time";
                case GarageReason.LimitConflict:
                    return "both limit switches closed at once";
                case GarageReason.ReversalNotObserved:
                    return "no reversal seen after an obstruction";
                case GarageReason.WrongDirection:
                    return "the door ended at the wrong limit";
            }

            return "reason " + reason.ToString();
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
