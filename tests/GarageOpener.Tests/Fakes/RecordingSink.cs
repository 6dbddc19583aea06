// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>Records every state-change event; can be told to throw after recording.</summary>
    public sealed class RecordingSink : IGarageEventSink
    {
        public List<(DoorState State, ActorKind Cause, int CauseId, GarageSnapshot Snapshot, long At)> Events { get; } =
            new List<(DoorState, ActorKind, int, GarageSnapshot, long)>();

        public bool Throw { get; set; }

        public void OnStateChanged(GarageSnapshot snapshot, ActorKind cause, int causeId, long now)
        {
            Events.Add((snapshot.State, cause, causeId, snapshot, now));
            if (Throw)
            {
                throw new InvalidOperationException("listener failure");
            }
        }

        /// <summary>Gets the sequence of reported states, consecutive duplicates removed.</summary>
        public List<DoorState> States()
        {
            var states = new List<DoorState>();
            foreach (var e in Events)
            {
                if (states.Count == 0 || states[^1] != e.State)
                {
                    states.Add(e.State);
                }
            }

            return states;
        }

        /// <summary>Gets the last event that reported <paramref name="state"/>.</summary>
        public (DoorState State, ActorKind Cause, int CauseId, GarageSnapshot Snapshot, long At) Last(DoorState state)
        {
            return Events.FindLast(e => e.State == state);
        }
    }
}
