// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>A second owner joins the garage as a member, the admin revokes it, and the device stops obeying it.</summary>
    public sealed class RevocationTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public RevocationTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void ARevokedMembersCommandsAreRefusedWithoutEffect()
        {
            InProcessDevice garage = _world.Garage;
            using Owner member = new Owner(_world.Broker);
            PairedDevice entry = member.Pair(garage, PairedWorld.GarageName, _world.Admin);
            Assert.Equal("member", entry.Role);
            Assert.True(member.Send(PairedWorld.GarageName, "garage", "status").IsDone);
            IReadOnlyList<KeyInfo> keys = _world.Admin.Client.ListKeys(PairedWorld.GarageName, CancellationToken.None);
            Assert.Equal(2, keys.Count);

            _world.Admin.Client.RevokeKey(PairedWorld.GarageName, (byte)entry.KeyId, CancellationToken.None);

            Assert.Single(_world.Admin.Client.ListKeys(PairedWorld.GarageName, CancellationToken.None));
            int relay = garage.Rises(GarageRig.RelayPin);
            int answered = garage.Runtime.Answered;
            int unanswered = garage.Runtime.Unanswered;
            member.Settings.Timeout = TimeSpan.FromSeconds(3);
            OwnerToolException refused = Assert.Throws<OwnerToolException>(() => member.Send(PairedWorld.GarageName, "garage", "open"));

            // An unknown key gets silence (no oracle for the broker): the member's tool times out, the door stays.
            Assert.Equal(ExitCode.TimedOut, refused.Code);
            garage.WaitUnanswered(unanswered, 1);
            Assert.Equal(answered, garage.Runtime.Answered);
            Assert.Equal(relay, garage.Rises(GarageRig.RelayPin));
            Assert.True(_world.Admin.Send(PairedWorld.GarageName, "garage", "status").IsDone);
        }

        [Fact]
        public void AMemberMayNotRevokeTheAdminAndTheRefusalNamesTheReason()
        {
            using Owner member = new Owner(_world.Broker);
            member.Pair(_world.Doorbell, PairedWorld.DoorbellName, _world.Admin);

            OwnerToolException refused = Assert.Throws<OwnerToolException>(
                () => member.Client.RevokeKey(PairedWorld.DoorbellName, (byte)_world.DoorbellEntry.KeyId, CancellationToken.None));

            Assert.Equal(ExitCode.Refused, refused.Code);
            Assert.Contains("Forbidden", refused.Message);
            Assert.Equal(2, _world.Doorbell.Runtime.Registry.Count);
            Assert.True(_world.Admin.Send(PairedWorld.DoorbellName, "doorbell", "status").IsDone);
        }
    }
}
