// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Doorbell.Firmware.Controller;

namespace Doorbell.Tests.Fakes
{
    /// <summary>A pairing window that stays open for 120 s after it is opened.</summary>
    public sealed class FakePairing : IPairingControl
    {
        /// <summary>Gets the times the window was opened.</summary>
        public List<long> Opened { get; } = new List<long>();

        /// <inheritdoc />
        public void OpenPairingWindow(long now)
        {
            Opened.Add(now);
        }

        /// <inheritdoc />
        public bool IsPairingWindowOpen(long now)
        {
            return Opened.Count > 0 && unchecked(now - Opened[Opened.Count - 1]) < 120000;
        }
    }
}
