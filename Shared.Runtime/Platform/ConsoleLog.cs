// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// Writes log lines to the console (the serial port on the device). Unlike Debug.WriteLine it
    /// stays in Release builds, which is where a maker reads the pairing URI.
    /// </summary>
    public sealed class ConsoleLog : ILog
    {
        /// <inheritdoc />
        public void WriteLine(string line)
        {
            try
            {
                Console.WriteLine(line);
            }
            catch (Exception)
            {
                // A log must never take the device down.
            }
        }
    }
}
