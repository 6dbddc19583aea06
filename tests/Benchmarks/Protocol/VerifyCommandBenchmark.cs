// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using BenchmarkDotNet.Attributes;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace Benchmarks.Protocol
{
    /// <summary>
    /// One owner command through the whole device pipeline (cheap checks, MAC, decrypt, commit, sealed result),
    /// with the managed and the native-shaped backends. Commands are sealed beforehand, so only the device side
    /// is measured. The number to watch is "Allocated" per operation (target: under 2 KB).
    /// </summary>
    [MemoryDiagnoser]
    public class VerifyCommandBenchmark
    {
        private const int Batch = 4096;

        private readonly byte[] _response = new byte[ProtocolConstants.MaxDeviceMessageSize];
        private byte[][] _commands;
        private int _next;
        private CommandVerifier _verifier;
        private OwnerSession _owner;
        private byte[] _nonce;

        /// <summary>Which backend the device uses.</summary>
        [Params("managed", "native")]
        public string Backend { get; set; }

        /// <summary>Pairs one owner with a device built over an in-memory record store.</summary>
        [GlobalSetup]
        public void Setup()
        {
            ICryptoBackend backend = Backend == "managed" ? (ICryptoBackend)new ManagedCryptoBackend() : new NativeCryptoBackend();
            byte[] devicePrivate = new byte[32];
            byte[] secret = new byte[16];
            byte[] ownerPrivate = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                devicePrivate[i] = (byte)(0x40 + i);
                ownerPrivate[i] = (byte)(1 + i);
            }

            DeviceIdentity identity = DeviceIdentity.FromSecrets(devicePrivate, secret);
            OwnerRegistry registry = new OwnerRegistry(backend, identity.DeviceId);
            FreshnessNonce nonce = new FreshnessNonce(new HardwareRandom(), 0);
            ICounterLedger ledger = new ReservedCounterLedger(new RecordStore(new MemoryStorageMedium()), ReservedCounterLedger.DefaultBlockSize);
            _verifier = new CommandVerifier(backend, identity, registry, nonce, ledger, new PassBook(), new TrustedClock(), new NullHandler(), 0);
            PairingSession pairing = new PairingSession(backend, new HardwareRandom(), identity, registry, nonce, _verifier);
            pairing.OpenPairingWindow(0);
            _nonce = new byte[ProtocolConstants.NonceSize];
            nonce.CopyCurrent(_nonce, 0);
            OwnerPairing owner = new OwnerPairing(backend, PairingUri.TryParse(PairingUri.Format(identity, "garage")), ownerPrivate, new byte[16]);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(_nonce, request, 0);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            pairing.HandleRequest(request, 0, request.Length, false, 0, response, 0, out length);
            owner.TryComplete(response, 0, length);
            _owner = new OwnerSession(backend, identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
        }

        /// <summary>Seals the next batch of commands (not measured).</summary>
        [IterationSetup]
        public void SealBatch()
        {
            _commands = new byte[Batch][];
            byte[] args = { 1, 2, 3, 4 };
            for (int i = 0; i < Batch; i++)
            {
                byte[] buffer = new byte[ProtocolConstants.MaxCommandSize];
                int n = _owner.SealCommand(_nonce, 0, 1800000000, 0x20, args, 0, args.Length, buffer, 0);
                _commands[i] = new byte[n];
                System.Array.Copy(buffer, _commands[i], n);
            }

            _next = 0;
        }

        /// <summary>Verifies one command and seals its result.</summary>
        /// <returns>The result length.</returns>
        [Benchmark]
        [InvocationCount(Batch)]
        public int VerifyOneCommand()
        {
            byte[] command = _commands[_next++];
            return _verifier.Process(command, 0, command.Length, false, 0, _response, 0).ResponseLength;
        }

        private sealed class NullHandler : ICommandHandler
        {
            public byte Execute(CommandContext context)
            {
                return 0;
            }
        }
    }
}
