// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>An input the test sets directly.</summary>
    public sealed class FakeInput : IDigitalInput
    {
        public bool IsActive { get; set; }
    }
}
