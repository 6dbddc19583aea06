// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.Threading;

namespace Runtime.Tests.Support
{
    /// <summary>Bounded polling of observable state for tests with real device threads (never a timing assertion).</summary>
    public static class Wait
    {
        /// <summary>How long a test waits before it gives up.</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        /// <summary>Polls until the condition holds; throws when patience runs out.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="what">What is awaited (for the failure message).</param>
        public static void For(Func<bool> condition, string what)
        {
            Stopwatch watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > Patience)
                {
                    throw new TimeoutException("gave up waiting for " + what);
                }

                Thread.Sleep(20);
            }
        }
    }
}
