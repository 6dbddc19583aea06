// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>The verifier over the real record store: flash writes only per counter block; reboots resume above.</summary>
    public class StorageBudgetTests
    {
        private readonly ManagedCryptoBackend _backend = new ManagedCryptoBackend();
        private readonly MemoryStorageMedium _medium = new MemoryStorageMedium();
        private readonly DeviceIdentity _identity = DeviceIdentity.FromSecrets(DeviceHarness.DevicePrivate, DeviceHarness.Secret);
        private readonly byte[] _response = new byte[ProtocolConstants.MaxDeviceMessageSize];
        private byte[] _registry;

        private sealed class Device
        {
            public RecordStore Store;
            public CommandVerifier Verifier;
            public FreshnessNonce Nonce;
            public OwnerRegistry Registry;
        }

        private Device Boot(int seed)
        {
            Device d = new Device();
            d.Store = new RecordStore(_medium);
            d.Registry = new OwnerRegistry(_backend, _identity.DeviceId);
            if (_registry != null)
            {
                d.Registry.TryLoad(_registry, 0, _registry.Length);
            }

            d.Nonce = new FreshnessNonce(new TestRandom(seed), 0);
            ReservedCounterLedger ledger = new ReservedCounterLedger(d.Store, ReservedCounterLedger.DefaultBlockSize);
            d.Verifier = new CommandVerifier(_backend, _identity, d.Registry, d.Nonce, ledger, new PassBook(), new TrustedClock(), new RecordingHandler(), 0);
            return d;
        }

        private OwnerSession Pair(Device d)
        {
            PairingSession pairing = new PairingSession(_backend, new TestRandom(7), _identity, d.Registry, d.Nonce, d.Verifier);
            pairing.OpenPairingWindow(0);
            OwnerPairing owner = new OwnerPairing(_backend, PairingUri.TryParse(PairingUri.Format(_identity, "garage")), DeviceHarness.Sequence(32, 1), new byte[16]);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            byte[] nonce = new byte[8];
            d.Nonce.CopyCurrent(nonce, 0);
            owner.BuildRequest(nonce, request, 0);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            Assert.Equal(ReasonCode.Done, pairing.HandleRequest(request, 0, request.Length, false, 0, response, 0, out length));
            Assert.Equal(ReasonCode.Done, owner.TryComplete(response, 0, length));
            byte[] buffer = new byte[OwnerRegistry.MaxEncodedSize];
            int n = d.Registry.Encode(buffer, 0);
            _registry = buffer[..n];
            return new OwnerSession(_backend, _identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
        }

        private byte Send(Device d, OwnerSession owner)
        {
            byte[] nonce = new byte[8];
            d.Nonce.CopyCurrent(nonce, 0);
            byte[] command = new byte[ProtocolConstants.MaxCommandSize];
            int n = owner.SealCommand(nonce, 0, DeviceHarness.OwnerTime, 0x20, null, 0, 0, command, 0);
            VerifyOutcome outcome = d.Verifier.Process(command, 0, n, false, 0, _response, 0);
            Assert.True(outcome.ResponseLength > 0, ((ReasonCode)outcome.Reason).ToString());
            DeviceMessage header = new DeviceMessage();
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            Assert.Equal(ReasonCode.Done, owner.Open(_response, 0, outcome.ResponseLength, header, plain));
            return plain[9];
        }

        [Fact]
        public void ThousandVerifiedCommandsCostOnlyCounterBlockWrites()
        {
            Device d = Boot(1);
            OwnerSession owner = Pair(d);
            int before = d.Store.WriteCount;
            for (int i = 0; i < 1000; i++)
            {
                Assert.Equal(0, Send(d, owner));
            }

            // Received counters 1..1000 and sent counters 1..1000, blocks of 256: 4 reservations each.
            Assert.Equal(8, d.Store.WriteCount - before);
        }

        [Fact]
        public void AfterARebootOverTheRecordStoreOldCountersAreNeverAcceptedAgain()
        {
            Device d = Boot(1);
            OwnerSession owner = Pair(d);
            for (int i = 0; i < 10; i++)
            {
                Send(d, owner);
            }

            Device rebooted = Boot(2);
            Assert.True(rebooted.Verifier.WindowOf(0).Floor >= 10);
            Assert.Equal((byte)ReasonCode.CounterResync, Send(rebooted, owner));
            Assert.Equal(0, Send(rebooted, owner));
        }

        [Fact]
        public void VerifyingACommandAllocatesLessThanTwoKilobytes()
        {
            Device d = Boot(1);
            OwnerSession owner = Pair(d);
            byte[] nonce = new byte[8];
            d.Nonce.CopyCurrent(nonce, 0);
            byte[][] commands = new byte[1000][];
            for (int i = 0; i < commands.Length; i++)
            {
                byte[] buffer = new byte[ProtocolConstants.MaxCommandSize];
                int n = owner.SealCommand(nonce, 0, DeviceHarness.OwnerTime, 0x20, new byte[4], 0, 4, buffer, 0);
                commands[i] = buffer[..n];
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (byte[] command in commands)
            {
                Assert.Equal(0, d.Verifier.Process(command, 0, command.Length, false, 0, _response, 0).Reason);
            }

            long perCommand = (GC.GetAllocatedBytesForCurrentThread() - before) / commands.Length;
            Assert.True(perCommand < 2048, perCommand + " bytes per command");
        }
    }
}
