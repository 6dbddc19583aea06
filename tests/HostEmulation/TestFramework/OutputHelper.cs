// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Test output. (Host shim: writes to the console.)</summary>
    public static class OutputHelper
    {
        /// <summary>Writes a line.</summary>
        /// <param name="message">The text.</param>
        public static void WriteLine(string message)
        {
            Console.WriteLine(message);
        }

        /// <summary>Writes text.</summary>
        /// <param name="message">The text.</param>
        public static void Write(string message)
        {
            Console.Write(message);
        }
    }
}
