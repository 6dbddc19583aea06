// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Protocol.Tests.Support
{
    /// <summary>
    /// A whole device protocol stack in memory (identity, registry, nonce, ledger, passes, clock, verifier,
    /// pairing) with a fake monotonic clock, plus helpers to pair owners and send commands. <see cref="Reboot"/>
    /// keeps exactly what the device would persist.
    /// </summary>
    public sealed class DeviceHarness : IMonotonicClock
    {
        public const long OwnerTime = 1800000000;

        public static readonly byte[] DevicePrivate = Sequence(32, 0x40);
        public static readonly byte[] Secret = Sequence(16, 0xA0);

        public readonly ManagedCryptoBackend Backend = new ManagedCryptoBackend();
        public readonly byte[] Response = new byte[ProtocolConstants.MaxDeviceMessageSize];
        public readonly byte[] PairResponse = new byte[ProtocolConstants.PairingResponseSize];

        private readonly int _seed;
        private byte[] _persistedRegistry;
        private byte[] _persistedPasses;

        public DeviceHarness(int seed)
            : this(seed, DeviceIdentity.FromSecrets(DevicePrivate, Secret), new MemoryLedger(256), null, null)
        {
        }

        private DeviceHarness(int seed, DeviceIdentity identity, MemoryLedger ledger, byte[] registry, byte[] passes)
        {
            _seed = seed;
            Identity = identity;
            Ledger = ledger;
            Random = new TestRandom(seed);
            Registry = new OwnerRegistry(Backend, identity.DeviceId);
            if (registry != null)
            {
                Assert(Registry.TryLoad(registry, 0, registry.Length) == ReasonCode.Done);
            }

            Passes = new PassBook();
            if (passes != null)
            {
                Assert(Passes.TryLoad(passes, 0, passes.Length) == ReasonCode.Done);
            }

            Now = 1000;
            Nonce = new FreshnessNonce(Random, Now);
            Clock = new TrustedClock();
            Handler = new RecordingHandler();
            Verifier = new CommandVerifier(Backend, identity, Registry, Nonce, Ledger, Passes, Clock, Handler, Now, this);
            Pairing = new PairingSession(Backend, Random, identity, Registry, Nonce, Verifier);
            _persistedRegistry = registry;
            _persistedPasses = passes;
        }

        public DeviceIdentity Identity { get; }
        public TestRandom Random { get; }
        public OwnerRegistry Registry { get; }
        public PassBook Passes { get; }
        public FreshnessNonce Nonce { get; }
        public TrustedClock Clock { get; }
        public RecordingHandler Handler { get; }
        public MemoryLedger Ledger { get; }
        public CommandVerifier Verifier { get; }
        public PairingSession Pairing { get; }
        public long Now { get; set; }

        /// <summary>How much later than <see cref="Now"/> the verifier's own clock reads (a slow queue or action).</summary>
        public long ActionDelayMs { get; set; }

        /// <inheritdoc/>
        public long NowMilliseconds => Now + ActionDelayMs;

        public static byte[] Sequence(int length, int start)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(start + i);
            }

            return bytes;
        }

        /// <summary>Persists what the runtime would persist (registry, passes; pairing state lives in RAM only).</summary>
        public void Persist()
        {
            byte[] buffer = new byte[OwnerRegistry.MaxEncodedSize];
            int n = Registry.Encode(buffer, 0);
            _persistedRegistry = buffer.AsSpan(0, n).ToArray();
            buffer = new byte[PassBook.MaxEncodedSize];
            n = Passes.Encode(buffer, 0);
            _persistedPasses = buffer.AsSpan(0, n).ToArray();
        }

        /// <summary>A power cycle: only persisted state survives; the nonce RNG continues with a new seed.</summary>
        public DeviceHarness Reboot(bool persistFirst = true, bool repeatRandom = false)
        {
            if (persistFirst)
            {
                Persist();
            }

            // repeatRandom models a weak boot-time RNG that hands out the very same nonce again.
            return new DeviceHarness(repeatRandom ? _seed : _seed + 1000, Identity, Ledger.Reboot(), _persistedRegistry, _persistedPasses);
        }

        public byte[] CurrentNonce()
        {
            Nonce.Update(Now);
            byte[] nonce = new byte[ProtocolConstants.NonceSize];
            Nonce.CopyCurrent(nonce, 0);
            return nonce;
        }

        public string Uri()
        {
            return PairingUri.Format(Identity, "garage");
        }

        /// <summary>
        /// Arms a one-time invite as the runtime does for an admin's ArmInvite, and returns the URI okf prints.
        /// </summary>
        public string InviteUri()
        {
            byte[] result = new byte[ProtocolConstants.ArmInviteResultSize];
            ReasonCode armed = Pairing.ArmInvite(Now, result, 0);
            Assert(armed == ReasonCode.Done, "arm invite: " + armed);
            return PairingUri.FormatInvite(Identity.DeviceId, Identity.PublicKey, "garage", result.AsSpan(0, ProtocolConstants.InviteCodeSize).ToArray());
        }

        /// <summary>
        /// Full pairing flow through the wire formats; returns the owner's session. The first owner uses the
        /// device's pairing URI; later owners an invite armed first (what an admin's okf invite does).
        /// </summary>
        public OwnerSession Pair(byte[] ownerPrivate)
        {
            string uri = Registry.Count == 0 ? Uri() : InviteUri();
            Pairing.OpenPairingWindow(Now);
            OwnerPairing owner = new OwnerPairing(Backend, PairingUri.TryParse(uri), ownerPrivate, Sequence(16, ownerPrivate[0]));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(CurrentNonce(), request, 0);
            int length;
            ReasonCode device = Pairing.HandleRequest(request, 0, request.Length, false, Now, PairResponse, 0, out length);
            Assert(device == ReasonCode.Done, "device pairing: " + device);
            ReasonCode done = owner.TryComplete(PairResponse, 0, length);
            Assert(done == ReasonCode.Done, "owner pairing: " + done);
            return new OwnerSession(Backend, Identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
        }

        public byte[] Command(OwnerSession session, byte action, byte[] args = null, long ownerTime = OwnerTime)
        {
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = session.SealCommand(CurrentNonce(), 0, ownerTime, action, args, 0, args == null ? 0 : args.Length, output, 0);
            return output.AsSpan(0, n).ToArray();
        }

        public VerifyOutcome Send(byte[] message, bool retained = false)
        {
            return Verifier.Process(message, 0, message.Length, retained, Now, Response, 0);
        }

        /// <summary>Sends and opens the result with the sender's session; returns the result's reason.</summary>
        public byte SendAndOpen(OwnerSession session, byte[] message, out byte[] data)
        {
            VerifyOutcome outcome = Send(message);
            data = null;
            if (outcome.ResponseLength == 0)
            {
                throw new InvalidOperationException("no response: " + (ReasonCode)outcome.Reason);
            }

            DeviceMessage header = new DeviceMessage();
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            ReasonCode opened = session.Open(Response, 0, outcome.ResponseLength, header, plain);
            Assert(opened == ReasonCode.Done, "open: " + opened);
            data = plain.AsSpan(ProtocolConstants.ResultPrefixSize, session.DataLength).ToArray();
            return plain[ProtocolConstants.CounterSize + 1];
        }

        /// <summary>Everything a forged message must not change.</summary>
        public string StateDigest()
        {
            StringBuilder sb = new StringBuilder();
            byte[] buffer = new byte[OwnerRegistry.MaxEncodedSize];
            int n = Registry.Encode(buffer, 0);
            sb.Append(Convert.ToHexString(buffer, 0, n)).Append('|');
            buffer = new byte[PassBook.MaxEncodedSize];
            n = Passes.Encode(buffer, 0);
            sb.Append(Convert.ToHexString(buffer, 0, n)).Append('|');
            for (int i = 0; i < ProtocolConstants.MaxOwners; i++)
            {
                ReplayWindow window = Verifier.WindowOf(i);
                sb.Append(window.Highest).Append(',').Append(window.Floor).Append(':');
                for (long c = window.Highest - ProtocolConstants.ReplayWindowSize; c <= window.Highest + 1; c++)
                {
                    // The bitmap itself: a forged message must not mark any counter as seen.
                    sb.Append(window.IsAcceptable(c) ? '1' : '0');
                }

                sb.Append(';');
            }

            // The clock's base, not its reading: time passing is not a state change.
            long utc;
            bool known = Clock.TryGetUtc(long.MinValue / 2, out utc);
            sb.Append('|').Append(Ledger.Digest()).Append('|').Append(known).Append(utc).Append('|').Append(Handler.Calls.Count);
            sb.Append('|').Append(Pairing.FailureCount);
            return sb.ToString();
        }

        private static void Assert(bool condition, string message = "harness")
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
