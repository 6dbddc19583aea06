// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;

namespace Doorbell.Tests.Fakes
{
    /// <summary>Counts wipes.</summary>
    public sealed class FakeFactoryReset : IFactoryReset
    {
        /// <summary>Gets how many times the device was wiped.</summary>
        public int Wipes { get; private set; }

        /// <inheritdoc />
        public void Wipe()
        {
            Wipes++;
        }
    }
}
