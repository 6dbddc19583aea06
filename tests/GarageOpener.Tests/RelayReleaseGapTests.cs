// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>A pulse cut short by an error path (GarageDevice.Poll's catch) still owes the opener its gap.</summary>
    public sealed class RelayReleaseGapTests
    {
        [Fact]
        public void APulseCutShortByReleaseAllStillEnforcesTheMinimumGapBeforeTheNextPulse()
        {
            long now = 0;
            FakeOutput relay = new FakeOutput(() => now);
            RelayPulser pulser = new RelayPulser(relay, null, null);
            Assert.True(pulser.TryPulse(RelayChannel.Primary, 500, GarageSettings.MinGapFloorMs, now));

            now = 100;
            pulser.ReleaseAll();
            Assert.False(relay.IsActive);

            // Right after the cut, and one gap after it, the opener could still take the next press as the same one.
            Assert.False(pulser.TryPulse(RelayChannel.Primary, 500, GarageSettings.MinGapFloorMs, 100));
            Assert.False(pulser.CanPulse(100 + GarageSettings.MinGapFloorMs, GarageSettings.MinGapFloorMs));
            Assert.True(pulser.CanPulse(500 + GarageSettings.MinGapFloorMs, GarageSettings.MinGapFloorMs));
        }
    }
}
