// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.TestFramework
{
    /// <summary>Thrown by the host shim's Assert when a check fails (or a test asks to be skipped).</summary>
    public class TestFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed.</param>
        /// <param name="skipped">True when the test asked to be skipped rather than failed.</param>
        public TestFailedException(string message, bool skipped = false)
            : base(message)
        {
            Skipped = skipped;
        }

        /// <summary>Gets a value indicating whether the test asked to be skipped.</summary>
        public bool Skipped { get; }
    }
}
