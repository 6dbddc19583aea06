// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using Doorbell.Firmware.Controller;

namespace NFUnitTest
{
    /// <summary>Where the doorbell delivers ring events: keeps copies, can refuse (offline) or throw (a bug).</summary>
    public sealed class DoorbellFakeSink : IDoorbellEventSink
    {
        private readonly ArrayList _delivered = new ArrayList();

        /// <summary>Gets or sets a value indicating whether deliveries are refused.</summary>
        public bool Refuse { get; set; }

        /// <summary>Gets or sets a value indicating whether deliveries throw.</summary>
        public bool Throw { get; set; }

        /// <summary>Gets how many deliveries were attempted.</summary>
        public int Attempts { get; private set; }

        /// <summary>Gets how many events were delivered.</summary>
        public int Count
        {
            get { return _delivered.Count; }
        }

        /// <summary>Returns the n-th delivered event.</summary>
        /// <param name="index">Index.</param>
        /// <returns>A copy of the event.</returns>
        public RingEvent At(int index)
        {
            return (RingEvent)_delivered[index];
        }

        /// <summary>Delivers an event.</summary>
        /// <param name="ringEvent">The event (reused by the controller, so copied).</param>
        /// <returns>False when refusing.</returns>
        public bool Deliver(RingEvent ringEvent)
        {
            Attempts++;
            if (Throw)
            {
                throw new System.InvalidOperationException("sink exploded");
            }

            if (Refuse)
            {
                return false;
            }

            RingEvent copy = new RingEvent();
            copy.CopyFrom(ringEvent);
            _delivered.Add(copy);
            return true;
        }
    }
}
