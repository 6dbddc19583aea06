// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// A line-oriented log (the serial console on the device, the terminal on the PC).
    /// </summary>
    public interface ILog
    {
        /// <summary>
        /// Writes one line. Never throws.
        /// </summary>
        /// <param name="line">The text, without a trailing newline.</param>
        void WriteLine(string line);
    }
}
