// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>Pairing both firmwares through the setup button and the URI their console prints.</summary>
    public sealed class PairingTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public PairingTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void TheFirstOwnerOfEachDeviceBecomesItsAdminWithThePinnedDeviceKey()
        {
            Assert.Equal("admin", _world.GarageEntry.Role);
            Assert.Equal("admin", _world.DoorbellEntry.Role);
            Assert.Equal(_world.Garage.DeviceIdHex, _world.GarageEntry.DeviceId);
            Assert.Equal(_world.Doorbell.DeviceIdHex, _world.DoorbellEntry.DeviceId);
            Assert.Equal("garage", _world.GarageEntry.Kind);
            Assert.Equal("doorbell", _world.DoorbellEntry.Kind);
            Assert.Equal(1, _world.Garage.Runtime.Registry.Count);
            Assert.Equal(1, _world.Doorbell.Runtime.Registry.Count);
            Assert.False(_world.Garage.Runtime.IsPairingWindowOpen);
            Assert.False(_world.Doorbell.Runtime.IsPairingWindowOpen);
        }

        [Fact]
        public void PairingWithTheUriButWithoutTheButtonGetsNoAnswerAndAddsNoKey()
        {
            using Owner stranger = new Owner(_world.Broker);
            stranger.Settings.Timeout = TimeSpan.FromSeconds(3);
            int unanswered = _world.Doorbell.Runtime.Unanswered;

            OwnerToolException refused = Assert.Throws<OwnerToolException>(
                () => stranger.Client.Pair(_world.Doorbell.ReadPairingUri(), "doorbell", CancellationToken.None));

            Assert.Equal(ExitCode.TimedOut, refused.Code);
            _world.Doorbell.WaitUnanswered(unanswered, 1);
            Assert.Equal(1, _world.Doorbell.Runtime.Registry.Count);
        }
    }
}
