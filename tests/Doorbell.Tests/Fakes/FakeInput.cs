// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Tests.Fakes
{
    /// <summary>An input the test sets directly.</summary>
    public sealed class FakeInput : IDigitalInput
    {
        /// <summary>Gets or sets the level the firmware reads.</summary>
        public bool Active { get; set; }

        /// <summary>Gets how many times the firmware sampled the input.</summary>
        public int Reads { get; private set; }

        /// <inheritdoc />
        public bool IsActive
        {
            get
            {
                Reads++;
                return Active;
            }
        }
    }
}
