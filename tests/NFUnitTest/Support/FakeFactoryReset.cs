// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;

namespace NFUnitTest
{
    /// <summary>Counts factory-reset wipes.</summary>
    public sealed class FakeFactoryReset : IFactoryReset
    {
        /// <summary>Gets how many wipes happened.</summary>
        public int Wipes { get; private set; }

        /// <summary>Wipes (counts).</summary>
        public void Wipe()
        {
            Wipes++;
        }
    }
}
