// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Platform
{
    /// <summary>
    /// A digital input seen as a logical level: <c>true</c> means the contact is active
    /// (button pressed, reed switch closed), whatever the electrical polarity.
    /// </summary>
    public interface IDigitalInput
    {
        /// <summary>
        /// Gets whether the input is active right now (raw, not debounced).
        /// </summary>
        bool IsActive { get; }
    }
}
