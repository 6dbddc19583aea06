// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Storage.Tests
{
    /// <summary>Thrown by <see cref="FaultInjectingMedium"/> when the simulated power goes out.</summary>
    public sealed class PowerLossException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PowerLossException()
            : base("power lost")
        {
        }
    }
}
