// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.Threading;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// Waiting on real devices over a real broker: polls a condition until it holds or a generous deadline passes.
    /// The deadline only bounds a hang; no test asserts how long anything took.
    /// </summary>
    public static class Eventually
    {
        /// <summary>The default patience for anything crossing the broker.</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        private const int PollMilliseconds = 20;

        /// <summary>Waits until <paramref name="condition"/> holds; fails the test with <paramref name="describe"/> otherwise.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="timeout">The deadline.</param>
        /// <param name="describe">Builds the failure message.</param>
        public static void True(Func<bool> condition, TimeSpan timeout, Func<string> describe)
        {
            Stopwatch waited = Stopwatch.StartNew();
            while (!condition())
            {
                if (waited.Elapsed > timeout)
                {
                    throw new TimeoutException(describe());
                }

                Thread.Sleep(PollMilliseconds);
            }
        }

        /// <summary>Waits until <paramref name="condition"/> holds, with the default patience.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="what">What was awaited, for the failure message.</param>
        public static void True(Func<bool> condition, string what)
        {
            True(condition, Patience, () => "timed out waiting for: " + what);
        }
    }
}
