// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>Records every state report of the garage controller.</summary>
    public sealed class RecordingGarageSink : IGarageEventSink
    {
        private readonly ArrayList _events = new ArrayList();

        /// <summary>Gets or sets a value indicating whether the sink throws (a failing listener).</summary>
        public bool Throw { get; set; }

        /// <summary>Gets how many reports arrived.</summary>
        public int Count
        {
            get { return _events.Count; }
        }

        /// <summary>Records a report.</summary>
        /// <param name="snapshot">State snapshot.</param>
        /// <param name="cause">Who caused it.</param>
        /// <param name="causeId">Key or pass id.</param>
        /// <param name="now">Monotonic time.</param>
        public void OnStateChanged(GarageSnapshot snapshot, ActorKind cause, int causeId, long now)
        {
            GarageEventRecord e = new GarageEventRecord();
            e.State = snapshot.State;
            e.Cause = cause;
            e.CauseId = causeId;
            e.Obstructed = snapshot.Obstructed;
            e.At = now;
            _events.Add(e);
            if (Throw)
            {
                throw new System.InvalidOperationException("listener failure");
            }
        }

        /// <summary>Returns the n-th report.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The report.</returns>
        public GarageEventRecord At(int index)
        {
            return (GarageEventRecord)_events[index];
        }

        /// <summary>The reported states with repeats collapsed, as numbers ("1,2,3" = Closed, Opening, Open).</summary>
        /// <returns>The sequence.</returns>
        public string States()
        {
            string result = string.Empty;
            int last = -1;
            for (int i = 0; i < _events.Count; i++)
            {
                int state = (int)((GarageEventRecord)_events[i]).State;
                if (state != last)
                {
                    result = result.Length == 0 ? state.ToString() : result + "," + state.ToString();
                    last = state;
                }
            }

            return result;
        }

        /// <summary>The last report of a state.</summary>
        /// <param name="state">The state.</param>
        /// <returns>The report, or null.</returns>
        public GarageEventRecord Last(DoorState state)
        {
            for (int i = _events.Count - 1; i >= 0; i--)
            {
                GarageEventRecord e = (GarageEventRecord)_events[i];
                if (e.State == state)
                {
                    return e;
                }
            }

            return null;
        }

        /// <summary>Whether any report of a state carried the obstruction flag.</summary>
        /// <param name="state">The state.</param>
        /// <returns>True when one did.</returns>
        public bool AnyObstructed(DoorState state)
        {
            for (int i = 0; i < _events.Count; i++)
            {
                GarageEventRecord e = (GarageEventRecord)_events[i];
                if (e.State == state && e.Obstructed)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
