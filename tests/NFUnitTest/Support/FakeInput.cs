// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace NFUnitTest
{
    /// <summary>A digital input the test sets directly.</summary>
    public sealed class FakeInput : IDigitalInput
    {
        /// <summary>Gets or sets a value indicating whether the input reads active.</summary>
        public bool IsActive { get; set; }
    }
}
