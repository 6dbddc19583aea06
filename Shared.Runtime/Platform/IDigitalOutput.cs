// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// A digital output seen as a logical level: <c>true</c> energises the relay, lights the LED
    /// or sounds the buzzer, whatever the electrical polarity of the driver.
    /// </summary>
    public interface IDigitalOutput
    {
        /// <summary>
        /// Gets whether the output is active.
        /// </summary>
        bool IsActive { get; }

        /// <summary>
        /// Drives the output active or inactive.
        /// </summary>
        /// <param name="active"><c>true</c> to energise.</param>
        void Write(bool active);
    }
}
