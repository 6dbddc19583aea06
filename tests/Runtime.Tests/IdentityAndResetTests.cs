// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using Runtime.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Device;
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
        public void JunkProofsCloseOneWindowButNeverLockPairingAcrossAReboot()
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

            Assert.False(h.Runtime.IsPairingWindowOpen);
            Assert.Equal(-1, h.Runtime.LoadRecord(DeviceRecords.LegacyPairingFailuresRecord, new byte[64]));

            RuntimeHarness rebooted = new RuntimeHarness(h.Storage, seed: 8);
            rebooted.Transport.Connect();
            rebooted.Service();
            rebooted.Pair(RuntimeHarness.Fill(32, 0x42));
            Assert.Equal(1, rebooted.Runtime.Registry.Count);
        }

        [Theory]
        [InlineData("locked")]
        [InlineData("corrupt")]
        public void ALifetimeLockRecordFromOlderFirmwareNeitherBlocksPairingNorSurvivesTheBoot(string kind)
        {
            MemoryStorageMedium storage = new MemoryStorageMedium();
            new RuntimeHarness(storage, 3);
            RecordStore store = new RecordStore(storage);
            byte[] twenty = { 0, 0, 0, (byte)ProtocolConstants.MaxPairingFailures };
            store.Save(DeviceRecords.LegacyPairingFailuresRecord, twenty, 0, 4);
            if (kind == "corrupt")
            {
                // Damaged slot: the record store reports it as absent, which an old parser read as zero failures.
                string slot = DeviceRecords.LegacyPairingFailuresRecord + ".0";
                byte[] bytes = storage.GetRaw(slot);
                bytes[bytes.Length - 1] ^= 0xFF;
                storage.SetRaw(slot, bytes);
                Assert.Equal(-1, store.Load(DeviceRecords.LegacyPairingFailuresRecord, new byte[64]));
            }

            RuntimeHarness h = new RuntimeHarness(storage, 4);
            Assert.Equal(-1, storage.Length(DeviceRecords.LegacyPairingFailuresRecord + ".0"));
            Assert.Equal(-1, storage.Length(DeviceRecords.LegacyPairingFailuresRecord + ".1"));
            h.Transport.Connect();
            h.Service();
            h.Pair(RuntimeHarness.Fill(32, 0x11));
            Assert.Equal(1, h.Runtime.Registry.Count);
        }

        [Fact]
        public void FactoryResetErasesTheFirmwareRecordsAndAsksTheFirmwareForItsDefaults()
        {
            RuntimeHarness h = new RuntimeHarness();
            byte[] settings = { 1, 2, 3 };
            h.Runtime.SaveRecord("garage.settings", settings, 0, settings.Length);
            Assert.Equal(3, h.Runtime.LoadRecord("garage.settings", new byte[8]));

            h.Runtime.RequestFactoryReset();
            h.Service();

            Assert.Equal(-1, h.Runtime.LoadRecord("garage.settings", new byte[8]));
            Assert.Equal(1, h.Actions.DefaultsRestored);
            Assert.Equal(-1, new RuntimeHarness(h.Storage, seed: 5).Runtime.LoadRecord("garage.settings", new byte[8]));
        }

        [Fact]
        public void ThePrintedUriPairsOnlyTheFirstOwnerAndAnInvitePairsTheNextWithItsFingerprintLogged()
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession admin = h.Pair(RuntimeHarness.Fill(32, 0x11));

            // Someone who kept the printed URI tries during a window opened at the device.
            h.Runtime.RequestPairingWindow();
            h.Service();
            OwnerPairing outsider = new OwnerPairing(h.Backend, PairingUri.TryParse(h.Runtime.PairingUri), RuntimeHarness.Fill(32, 0x60), RuntimeHarness.Fill(16, 1));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            outsider.BuildRequest(h.LatestNonce(), request, 0);
            int before = h.Transport.Published.Count;
            h.Transport.Deliver(ProtocolTopics.PairingRequest(h.Runtime.DeviceId), request);
            h.Service();
            Assert.DoesNotContain(h.Transport.Published.Skip(before), p => p.Topic == ProtocolTopics.PairingResponse(h.Runtime.DeviceId));
            Assert.Equal(1, h.Runtime.Registry.Count);

            string invite = h.ArmInvite(admin);
            string code = invite.Substring(invite.IndexOf("&i=") + 3);
            byte[] newcomer = RuntimeHarness.Fill(32, 0x70);
            h.Runtime.RequestPairingWindow();
            h.Service();
            OwnerPairing owner = new OwnerPairing(h.Backend, PairingUri.TryParse(invite), newcomer, RuntimeHarness.Fill(16, 2));
            owner.BuildRequest(h.LatestNonce(), request, 0);
            h.Transport.Deliver(ProtocolTopics.PairingRequest(h.Runtime.DeviceId), request);
            h.Service();
            Assert.Equal(2, h.Runtime.Registry.Count);

            byte[] newcomerPublic = new byte[32];
            Shared.Crypto.Primitives.X25519.PublicKeyFromPrivate(newcomer, newcomerPublic);
            string fingerprint = Hex.Encode(newcomerPublic, 0, ProtocolConstants.KeyFingerprintSize);
            Assert.Contains(h.Log.Lines, l => l.Contains("fingerprint " + fingerprint) && l.Contains("by invite"));
            Assert.DoesNotContain(h.Log.Lines, l => l.Contains(code));
        }
    }
}
