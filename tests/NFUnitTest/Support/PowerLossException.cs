// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace NFUnitTest
{
    /// <summary>Thrown by <see cref="FaultInjectingMedium"/> where the power went.</summary>
    public class PowerLossException : Exception
    {
        /// <summary>Initializes a new instance of the <see cref="PowerLossException"/> class.</summary>
        public PowerLossException()
            : base("power lost")
        {
        }
    }
}
