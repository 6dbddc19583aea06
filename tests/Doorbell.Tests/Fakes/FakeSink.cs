// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using Doorbell.Firmware.Controller;

namespace Doorbell.Tests.Fakes
{
    /// <summary>Collects delivered events; can refuse or throw.</summary>
    public sealed class FakeSink : IDoorbellEventSink
    {
        /// <summary>Gets the delivered events (copies).</summary>
        public List<RingEvent> Delivered { get; } = new List<RingEvent>();

        /// <summary>Gets or sets whether delivery reports failure.</summary>
        public bool Refuse { get; set; }

        /// <summary>Gets or sets whether delivery throws.</summary>
        public bool Throw { get; set; }

        /// <summary>Gets how many deliveries were attempted.</summary>
        public int Attempts { get; private set; }

        /// <inheritdoc />
        public bool Deliver(RingEvent ringEvent)
        {
            Attempts++;
            if (Throw)
            {
                throw new InvalidOperationException("sink exploded");
            }

            if (Refuse)
            {
                return false;
            }

            RingEvent copy = new RingEvent();
            copy.CopyFrom(ringEvent);
            Delivered.Add(copy);
            return true;
        }
    }
}
