// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;
using Xunit;

namespace Runtime.Tests
{
    public sealed class IdentityAndResetTests
    {
        [Fact]
        public void FirstBootCreatesAnIdentityAndPrintsItsPairingUri()
        {
            RuntimeHarness h = new RuntimeHarness();

            Assert.Equal(1, h.Runtime.IdentitiesCreated);
            PairingUri uri = PairingUri.TryParse(h.Runtime.PairingUri);
            Assert.NotNull(uri);
            Assert.Equal(h.Runtime.DeviceId, uri.DeviceId);
            Assert.Equal("garage", uri.Kind);
            Assert.Contains(h.Log.Lines, l => l.Contains(h.Runtime.PairingUri));
        }

        [Fact]
        public void RestartKeepsTheIdentityOwnersAndCountersAndHidesTheSecretOncePaired()
        {
            RuntimeHarness first = new RuntimeHarness(seed: 3);
            first.Transport.Connect();
            first.Service();
            OwnerSession owner = first.Pair(RuntimeHarness.Fill(32, 0x11));
            byte[] old = first.Command(owner, 0x21);
            first.Transport.Deliver(first.Runtime.CommandTopic, old);
            first.Service();

            RuntimeHarness second = new RuntimeHarness(first.Storage, seed: 99);

            Assert.Equal(0, second.Runtime.IdentitiesCreated);
            Assert.Equal(first.Runtime.DeviceId, second.Runtime.DeviceId);
            Assert.Equal(1, second.Runtime.Registry.Count);
            Assert.DoesNotContain(second.Log.Lines, l => l.Contains("okf://pair"));

            // The command executed before the reboot is never accepted again (its counter is below the floor).
            second.Transport.Connect();
            second.Service();
            second.Transport.Deliver(second.Runtime.CommandTopic, old);
            second.Service();
            Assert.Empty(second.Actions.Executed);
        }

        [Fact]
        public void FactoryResetWipesOwnersAndMakesANewIdentity()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            byte[] oldId = (byte[])h.Runtime.DeviceId.Clone();
            string oldUri = h.Runtime.PairingUri;

            h.Runtime.RequestFactoryReset();
            h.Service();

            Assert.NotEqual(oldId, h.Runtime.DeviceId);
            Assert.NotEqual(oldUri, h.Runtime.PairingUri);
            Assert.Equal(2, h.Runtime.IdentitiesCreated);
            Assert.Equal(0, h.Runtime.Registry.Count);
            Assert.Equal(0, h.Runtime.Audit.Count);
            Assert.Equal(1, h.Transport.Stops);
            Assert.Equal(ProtocolTopics.Status(h.Runtime.DeviceId), h.Transport.StatusTopic);
            Assert.Contains(h.Log.Lines, l => l.Contains(h.Runtime.PairingUri));

            // The old owner's key means nothing to the new identity, and the reset survives a reboot.
            RuntimeHarness rebooted = new RuntimeHarness(h.Storage, seed: 5);
            Assert.Equal(h.Runtime.DeviceId, rebooted.Runtime.DeviceId);
            Assert.Equal(0, rebooted.Runtime.Registry.Count);
        }

        [Fact]
        public void PairingFailuresAreCappedAcrossReboots()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            h.Runtime.RequestPairingWindow();
            h.Service();
            PairingUri wrong = PairingUri.TryParse(h.Runtime.PairingUri);
            wrong.PairingSecret[0] ^= 1;
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures; i++)
            {
                OwnerPairing attacker = new OwnerPairing(h.Backend, wrong, RuntimeHarness.Fill(32, i), RuntimeHarness.Fill(16, i));
                byte[] request = new byte[ProtocolConstants.PairingRequestSize];
                attacker.BuildRequest(h.LatestNonce(), request, 0);
                h.Transport.Deliver(ProtocolTopics.PairingRequest(h.Runtime.DeviceId), request);
                h.Service();
            }

            RuntimeHarness rebooted = new RuntimeHarness(h.Storage, seed: 8);
            rebooted.Transport.Connect();
            rebooted.Service();
            rebooted.Runtime.RequestPairingWindow();
            rebooted.Service();
            Assert.False(rebooted.Runtime.IsPairingWindowOpen);
            Assert.Contains(rebooted.Log.Lines, l => l.Contains("locked"));
        }
    }
}
