// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>
    /// A device's whole protocol stack in memory (identity, registry, nonce, counter ledger on a record store,
    /// passes, trusted clock, verifier, pairing) on the managed crypto backend, with time passed in.
    /// <see cref="Reboot"/> keeps exactly what the device persists.
    /// </summary>
    public sealed class ProtocolRig
    {
        /// <summary>The owner's wall clock used by commands (seconds), as in docs/test-vectors.json.</summary>
        public const long OwnerTime = 1800000000;

        private readonly MemoryStorageMedium _flash;
        private readonly byte _randomStart;
        private byte[] _persistedRegistry;
        private byte[] _persistedPasses;

        /// <summary>Initializes a new instance of the <see cref="ProtocolRig"/> class: a fresh device at time 0.</summary>
        /// <param name="randomStart">First byte of the nonce generator (0xD0 gives the vectors' nonce).</param>
        public ProtocolRig(byte randomStart)
            : this(
                DeviceIdentity.FromSecrets(TestBytes.FromHex(ProtocolVectors.InputDevicePrivate), TestBytes.FromHex(ProtocolVectors.InputPairingSecret)),
                new MemoryStorageMedium(),
                randomStart,
                null,
                null,
                0)
        {
        }

        private ProtocolRig(DeviceIdentity identity, MemoryStorageMedium flash, byte randomStart, byte[] registry, byte[] passes,
            long now)
        {
            Backend = new ManagedCryptoBackend();
            Identity = identity;
            _flash = flash;
            _randomStart = randomStart;
            Now = now;
            Registry = new OwnerRegistry(Backend, identity.DeviceId);
            if (registry != null && Registry.TryLoad(registry, 0, registry.Length) != ReasonCode.Done)
            {
                throw new InvalidOperationException("registry did not reload");
            }

            Passes = new PassBook();
            if (passes != null && Passes.TryLoad(passes, 0, passes.Length) != ReasonCode.Done)
            {
                throw new InvalidOperationException("passes did not reload");
            }

            Ledger = new ReservedCounterLedger(new RecordStore(flash), ReservedCounterLedger.DefaultBlockSize);
            Nonce = new FreshnessNonce(new FixedRandom(randomStart), now);
            Clock = new TrustedClock();
            Handler = new RecordingHandler();
            Verifier = new CommandVerifier(Backend, identity, Registry, Nonce, Ledger, Passes, Clock, Handler, now);
            Pairing = new PairingSession(Backend, new FixedRandom((byte)(randomStart + 0x20)), identity, Registry, Nonce, Verifier);
            Response = new byte[ProtocolConstants.MaxDeviceMessageSize];
            _persistedRegistry = registry;
            _persistedPasses = passes;
        }

        /// <summary>Gets the crypto backend (managed: nanoCLR has no crypto natives).</summary>
        public ManagedCryptoBackend Backend { get; private set; }

        /// <summary>Gets the device identity of the vectors.</summary>
        public DeviceIdentity Identity { get; private set; }

        /// <summary>Gets the owner registry.</summary>
        public OwnerRegistry Registry { get; private set; }

        /// <summary>Gets the guest pass book.</summary>
        public PassBook Passes { get; private set; }

        /// <summary>Gets the counter ledger (block reservations on a record store).</summary>
        public ReservedCounterLedger Ledger { get; private set; }

        /// <summary>Gets the freshness nonce.</summary>
        public FreshnessNonce Nonce { get; private set; }

        /// <summary>Gets the trusted clock.</summary>
        public TrustedClock Clock { get; private set; }

        /// <summary>Gets the recording command handler.</summary>
        public RecordingHandler Handler { get; private set; }

        /// <summary>Gets the verifier.</summary>
        public CommandVerifier Verifier { get; private set; }

        /// <summary>Gets the pairing session.</summary>
        public PairingSession Pairing { get; private set; }

        /// <summary>Gets the buffer the last response was written to.</summary>
        public byte[] Response { get; private set; }

        /// <summary>Gets or sets the device's monotonic time in milliseconds.</summary>
        public long Now { get; set; }

        /// <summary>Returns bytes start, start+1, ... (the vectors' fixed inputs).</summary>
        /// <param name="length">How many.</param>
        /// <param name="start">First value.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Sequence(int length, int start)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(start + i);
            }

            return bytes;
        }

        /// <summary>Returns a copy of part of an array.</summary>
        /// <param name="source">The array.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">How many.</param>
        /// <returns>The copy.</returns>
        public static byte[] Slice(byte[] source, int offset, int count)
        {
            byte[] result = new byte[count];
            Array.Copy(source, offset, result, 0, count);
            return result;
        }

        /// <summary>The nonce currently published (rotated as time passes).</summary>
        /// <returns>The nonce bytes.</returns>
        public byte[] CurrentNonce()
        {
            Nonce.Update(Now);
            byte[] nonce = new byte[ProtocolConstants.NonceSize];
            Nonce.CopyCurrent(nonce, 0);
            return nonce;
        }

        /// <summary>The pairing URI the device shows.</summary>
        /// <returns>The URI.</returns>
        public string Uri()
        {
            return PairingUri.Format(Identity, "garage");
        }

        /// <summary>Arms a one-time invite on the device (as an admin's ArmInvite would) and returns its URI.</summary>
        /// <returns>The invite URI for the next owner.</returns>
        public string Invite()
        {
            byte[] result = new byte[ProtocolConstants.ArmInviteResultSize];
            ReasonCode armed = Pairing.ArmInvite(Now, result, 0);
            if (armed != ReasonCode.Done)
            {
                throw new InvalidOperationException("invite not armed: " + ((int)armed).ToString());
            }

            byte[] code = Slice(result, 0, ProtocolConstants.InviteCodeSize);
            return PairingUri.FormatInvite(Identity.DeviceId, Identity.PublicKey, "garage", code);
        }

        /// <summary>Pairs an owner through the wire formats.</summary>
        /// <param name="ownerPrivate">The owner's X25519 private key.</param>
        /// <returns>The owner's session.</returns>
        public OwnerSession Pair(byte[] ownerPrivate)
        {
            // The printed secret pairs the first owner only; later owners need an invite armed before the press.
            string uri = Registry.Count == 0 ? Uri() : Invite();
            Pairing.OpenPairingWindow(Now);

            OwnerPairing owner = new OwnerPairing(Backend, PairingUri.TryParse(uri), ownerPrivate, Sequence(16, ownerPrivate[0]));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(CurrentNonce(), request, 0);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            ReasonCode device = Pairing.HandleRequest(request, 0, request.Length, false, Now, response, 0, out length);
            if (device != ReasonCode.Done)
            {
                throw new InvalidOperationException("device pairing refused: " + ((int)device).ToString());
            }

            ReasonCode done = owner.TryComplete(response, 0, length);
            if (done != ReasonCode.Done)
            {
                throw new InvalidOperationException("owner pairing refused: " + ((int)done).ToString());
            }

            return new OwnerSession(Backend, Identity.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
        }

        /// <summary>Seals a command with the current nonce.</summary>
        /// <param name="session">Sender.</param>
        /// <param name="action">Action code.</param>
        /// <param name="args">Arguments or null.</param>
        /// <returns>The wire bytes.</returns>
        public byte[] Command(OwnerSession session, byte action, byte[] args)
        {
            return CommandAt(session, action, args, OwnerTime);
        }

        /// <summary>Seals a command with the current nonce and a given owner time.</summary>
        /// <param name="session">Sender.</param>
        /// <param name="action">Action code.</param>
        /// <param name="args">Arguments or null.</param>
        /// <param name="ownerTime">Owner's UTC seconds.</param>
        /// <returns>The wire bytes.</returns>
        public byte[] CommandAt(OwnerSession session, byte action, byte[] args, long ownerTime)
        {
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = session.SealCommand(CurrentNonce(), 0, ownerTime, action, args, 0, args == null ? 0 : args.Length, output, 0);
            return Slice(output, 0, n);
        }

        /// <summary>Hands a message to the verifier.</summary>
        /// <param name="message">Wire bytes.</param>
        /// <returns>The outcome.</returns>
        public VerifyOutcome Send(byte[] message)
        {
            return Verifier.Process(message, 0, message.Length, false, Now, Response, 0);
        }

        /// <summary>Hands a message to the verifier as a retained MQTT message (the broker replaying it on subscribe).</summary>
        /// <param name="message">Wire bytes.</param>
        /// <returns>The outcome.</returns>
        public VerifyOutcome SendRetained(byte[] message)
        {
            return Verifier.Process(message, 0, message.Length, true, Now, Response, 0);
        }

        /// <summary>Sends and opens the authenticated result with the sender's session.</summary>
        /// <param name="session">Sender.</param>
        /// <param name="message">Wire bytes.</param>
        /// <returns>The result's reason code, or -1 when the device gave no answer.</returns>
        public int SendAndOpen(OwnerSession session, byte[] message)
        {
            VerifyOutcome outcome = Send(message);
            if (outcome.ResponseLength == 0)
            {
                return -1;
            }

            DeviceMessage header = new DeviceMessage();
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            ReasonCode opened = session.Open(Response, 0, outcome.ResponseLength, header, plain);
            if (opened != ReasonCode.Done)
            {
                throw new InvalidOperationException("result did not open: " + ((int)opened).ToString());
            }

            return plain[ProtocolConstants.CounterSize + 1];
        }

        /// <summary>A power cycle: only the persisted registry, passes and counters survive.</summary>
        /// <returns>The rebooted device (same flash, new nonce sequence).</returns>
        public ProtocolRig Reboot()
        {
            byte[] buffer = new byte[OwnerRegistry.MaxEncodedSize];
            _persistedRegistry = Slice(buffer, 0, Registry.Encode(buffer, 0));
            buffer = new byte[PassBook.MaxEncodedSize];
            _persistedPasses = Slice(buffer, 0, Passes.Encode(buffer, 0));
            return new ProtocolRig(Identity, _flash, (byte)(_randomStart + 0x40), _persistedRegistry, _persistedPasses, Now);
        }
    }
}
