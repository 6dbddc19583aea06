// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using Shared.Runtime.Platform;

namespace NFUnitTest
{
    /// <summary>
    /// A digital output that records every level change with the fake clock's time, so tests can measure pulse
    /// lengths and count presses instead of trusting the controller's own account.
    /// </summary>
    public sealed class FakeOutput : IDigitalOutput
    {
        private readonly FakeClock _clock;
        private readonly ArrayList _changes = new ArrayList();

        /// <summary>Initializes a new instance of the <see cref="FakeOutput"/> class.</summary>
        /// <param name="clock">Where change times come from.</param>
        public FakeOutput(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>Gets a value indicating whether the output is driven active.</summary>
        public bool IsActive { get; private set; }

        /// <summary>Gets how many times the output went from inactive to active.</summary>
        public int Rises { get; private set; }

        /// <summary>Gets how many level changes were recorded.</summary>
        public int ChangeCount
        {
            get { return _changes.Count; }
        }

        /// <summary>Gets or sets a value indicating whether activating throws after driving the pin (a driver fault).</summary>
        public bool ThrowOnActivate { get; set; }

        /// <summary>Drives the output.</summary>
        /// <param name="active">The level.</param>
        public void Write(bool active)
        {
            if (active != IsActive)
            {
                _changes.Add(new long[] { _clock.NowMilliseconds, active ? 1 : 0 });
                if (active)
                {
                    Rises++;
                }
            }

            IsActive = active;
            if (active && ThrowOnActivate)
            {
                throw new System.InvalidOperationException("driver fault");
            }
        }

        /// <summary>Returns the time of the n-th rise.</summary>
        /// <param name="n">Zero-based rise index.</param>
        /// <returns>The time, or -1 when there was no such rise.</returns>
        public long RiseTime(int n)
        {
            int seen = 0;
            for (int i = 0; i < _changes.Count; i++)
            {
                long[] c = (long[])_changes[i];
                if (c[1] == 1)
                {
                    if (seen == n)
                    {
                        return c[0];
                    }

                    seen++;
                }
            }

            return -1;
        }

        /// <summary>Returns the length of the n-th completed pulse (rise to fall).</summary>
        /// <param name="n">Zero-based pulse index.</param>
        /// <returns>The length in ms, or -1 when that pulse has not ended (or never began).</returns>
        public long PulseLength(int n)
        {
            int seen = 0;
            for (int i = 0; i < _changes.Count; i++)
            {
                long[] c = (long[])_changes[i];
                if (c[1] == 1)
                {
                    if (seen == n)
                    {
                        return i + 1 < _changes.Count ? unchecked(((long[])_changes[i + 1])[0] - c[0]) : -1;
                    }

                    seen++;
                }
            }

            return -1;
        }

        /// <summary>Returns the time of the last recorded change.</summary>
        /// <returns>The time, or -1 when nothing changed.</returns>
        public long LastChangeTime()
        {
            return _changes.Count == 0 ? -1 : ((long[])_changes[_changes.Count - 1])[0];
        }
    }
}
