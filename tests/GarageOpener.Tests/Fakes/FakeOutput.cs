// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>An output that records every level change with the test clock's time.</summary>
    public sealed class FakeOutput : IDigitalOutput
    {
        private readonly Func<long> _now;

        public FakeOutput(Func<long> now)
        {
            _now = now;
        }

        public bool IsActive { get; private set; }

        /// <summary>Gets each change as (time, new level).</summary>
        public List<(long At, bool Level)> Changes { get; } = new List<(long, bool)>();

        /// <summary>Gets or sets whether energising throws after the pin went active (a failing driver).</summary>
        public bool ThrowAfterActivate { get; set; }

        public int Rises => Changes.FindAll(c => c.Level).Count;

        public void Write(bool active)
        {
            if (active != IsActive)
            {
                Changes.Add((_now(), active));
            }

            IsActive = active;
            if (active && ThrowAfterActivate)
            {
                throw new InvalidOperationException("driver failure");
            }
        }

        /// <summary>Gets the times of the rising edges.</summary>
        public List<long> RiseTimes()
        {
            return Changes.FindAll(c => c.Level).ConvertAll(c => c.At);
        }

        /// <summary>Gets how long each pulse stayed active.</summary>
        public List<long> PulseLengths()
        {
            var lengths = new List<long>();
            for (int i = 0; i + 1 < Changes.Count; i++)
            {
                if (Changes[i].Level && !Changes[i + 1].Level)
                {
                    lengths.Add(Changes[i + 1].At - Changes[i].At);
                }
            }

            return lengths;
        }
    }
}
