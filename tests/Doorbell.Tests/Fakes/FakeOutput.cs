// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace Doorbell.Tests.Fakes
{
    /// <summary>An output that records every write with the rig's time, and can be told to throw.</summary>
    public sealed class FakeOutput : IDigitalOutput
    {
        private readonly Func<long> _now;

        /// <summary>Creates the output.</summary>
        /// <param name="now">Reads the test's current time for the write log.</param>
        public FakeOutput(Func<long> now)
        {
            _now = now;
        }

        /// <summary>Gets every write: time and level.</summary>
        public List<(long Time, bool Level)> Writes { get; } = new List<(long Time, bool Level)>();

        /// <summary>Gets or sets whether writing <c>true</c> throws (after the level was set, as a flaky driver might).</summary>
        public bool ThrowOnActivate { get; set; }

        /// <inheritdoc />
        public bool IsActive { get; private set; }

        /// <inheritdoc />
        public void Write(bool active)
        {
            IsActive = active;
            Writes.Add((_now(), active));
            if (active && ThrowOnActivate)
            {
                throw new InvalidOperationException("driver fault");
            }
        }

        /// <summary>Gets the (start, length) of each active period seen so far; an open period ends at -1.</summary>
        /// <returns>The pulses.</returns>
        public List<(long Start, long Length)> Pulses()
        {
            List<(long Start, long Length)> pulses = new List<(long Start, long Length)>();
            bool on = false;
            long start = 0;
            foreach ((long time, bool level) in Writes)
            {
                if (level && !on)
                {
                    on = true;
                    start = time;
                }
                else if (!level && on)
                {
                    on = false;
                    pulses.Add((start, unchecked(time - start)));
                }
            }

            if (on)
            {
                pulses.Add((start, -1));
            }

            return pulses;
        }
    }
}
