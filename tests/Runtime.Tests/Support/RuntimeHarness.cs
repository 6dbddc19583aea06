// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Device;

namespace Runtime.Tests.Support
{
    /// <summary>A DeviceRuntime over memory storage, an in-memory transport and a fake clock, plus an owner side.</summary>
    public sealed class RuntimeHarness
    {
        /// <summary>Owner wall-clock time sent in commands.</summary>
        public const long OwnerTime = 1800000000;

        /// <summary>Owner-side crypto (managed: the device side uses the same in these unit tests).</summary>
        public readonly ManagedCryptoBackend Backend = new ManagedCryptoBackend();

        /// <summary>Creates a device on new storage.</summary>
        /// <param name="seed">RNG seed.</param>
        public RuntimeHarness(ulong seed = 7)
            : this(new MemoryStorageMedium(), seed)
        {
        }

        /// <summary>Creates a device on existing storage (a reboot).</summary>
        /// <param name="storage">Storage.</param>
        /// <param name="seed">RNG seed.</param>
        /// <param name="actions">Firmware handler (null: the recording stand-in).</param>
        /// <param name="clock">Clock (null: a new fake clock).</param>
        public RuntimeHarness(MemoryStorageMedium storage, ulong seed, IDeviceActions actions = null, FakeClock clock = null)
        {
            Clock = clock ?? new FakeClock();
            Storage = storage;
            Platform = new DevicePlatform
            {
                Config = new DeviceConfig(),
                Storage = storage,
                Random = new SeededRandom(seed),
                Crypto = new ManagedCryptoBackend(),
                Clock = Clock,
                Log = Log,
                Transport = Transport,
                Rebooter = null,
            };
            Runtime = new DeviceRuntime(Platform, "garage", actions ?? Actions);
            Runtime.StartTransport();
        }

        /// <summary>Gets the storage.</summary>
        public MemoryStorageMedium Storage { get; }

        /// <summary>Gets the platform.</summary>
        public DevicePlatform Platform { get; }

        /// <summary>Gets the clock.</summary>
        public FakeClock Clock { get; }

        /// <summary>Gets the log.</summary>
        public ListLog Log { get; } = new ListLog();

        /// <summary>Gets the transport.</summary>
        public MemoryTransport Transport { get; } = new MemoryTransport();

        /// <summary>Gets the firmware stand-in.</summary>
        public RecordingActions Actions { get; } = new RecordingActions();

        /// <summary>Gets the runtime.</summary>
        public DeviceRuntime Runtime { get; }

        /// <summary>Runs one service step at the fake time.</summary>
        public void Service()
        {
            Runtime.Service(Clock.Now);
        }

        /// <summary>Gets the latest retained nonce the device published.</summary>
        /// <returns>The nonce bytes.</returns>
        public byte[] LatestNonce()
        {
            MemoryTransport.Sent sent = Transport.Published.Last(p => p.Topic == ProtocolTopics.Nonce(Runtime.DeviceId));
            NonceMessage message = new NonceMessage();
            if (NonceMessage.TryParse(sent.Payload, 0, sent.Payload.Length, message) != ReasonCode.Done)
            {
                throw new InvalidOperationException("bad nonce message");
            }

            return message.Nonce;
        }

        /// <summary>Gets the first owner this harness paired (the admin that arms invites for later owners).</summary>
        public OwnerSession FirstAdmin { get; private set; }

        /// <summary>An admin arms an invite through the wire (ArmInvite); returns the URI okf would print.</summary>
        /// <param name="admin">The admin's session.</param>
        /// <returns>The invite URI.</returns>
        public string ArmInvite(OwnerSession admin)
        {
            int before = Transport.Published.Count;
            Transport.Deliver(Runtime.CommandTopic, Command(admin, (byte)ProtocolAction.ArmInvite));
            Service();
            MemoryTransport.Sent result = Transport.Published.Skip(before)
                .Single(p => p.Topic == ProtocolTopics.OwnerOutbound(Runtime.DeviceId, admin.KeyId));
            byte[] plain = Open(admin, result.Payload, new DeviceMessage(), out byte[] data);
            if (plain[ProtocolConstants.ResultOffsetReason] != 0)
            {
                throw new InvalidOperationException("arm invite refused: " + plain[ProtocolConstants.ResultOffsetReason]);
            }

            PairingUri device = PairingUri.TryParse(Runtime.PairingUri);
            return PairingUri.FormatInvite(device.DeviceId, device.DevicePublicKey, device.Kind, data.AsSpan(0, ProtocolConstants.InviteCodeSize).ToArray());
        }

        /// <summary>
        /// Pairs an owner through the wire: the first with the device's URI, later ones with an invite the first
        /// admin arms; opens the window (setup button), sends the request, completes.
        /// </summary>
        /// <param name="ownerPrivate">Owner private key.</param>
        /// <returns>The owner's session.</returns>
        public OwnerSession Pair(byte[] ownerPrivate)
        {
            bool first = Runtime.Registry.Count == 0;
            string uri = first ? Runtime.PairingUri : ArmInvite(FirstAdmin);
            Runtime.RequestPairingWindow();
            Service();
            OwnerPairing owner = new OwnerPairing(Backend, PairingUri.TryParse(uri), ownerPrivate, Fill(16, ownerPrivate[0]));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(LatestNonce(), request, 0);
            int before = Transport.Published.Count;
            Transport.Deliver(ProtocolTopics.PairingRequest(Runtime.DeviceId), request);
            Service();
            MemoryTransport.Sent response = Transport.Published.Skip(before)
                .Single(p => p.Topic == ProtocolTopics.PairingResponse(Runtime.DeviceId));
            ReasonCode done = owner.TryComplete(response.Payload, 0, response.Payload.Length);
            if (done != ReasonCode.Done)
            {
                throw new InvalidOperationException("pairing failed: " + done);
            }

            OwnerSession session = new OwnerSession(Backend, Runtime.DeviceId, owner.KeyId, owner.MasterKey, owner.CounterStart);
            if (first)
            {
                FirstAdmin = session;
            }

            return session;
        }

        /// <summary>Seals a command with the current nonce.</summary>
        /// <param name="session">Owner session.</param>
        /// <param name="action">Action.</param>
        /// <param name="args">Arguments or null.</param>
        /// <returns>The message.</returns>
        public byte[] Command(OwnerSession session, byte action, byte[] args = null)
        {
            byte[] output = new byte[ProtocolConstants.MaxCommandSize];
            int n = session.SealCommand(LatestNonce(), 0, OwnerTime, action, args, 0, args == null ? 0 : args.Length, output, 0);
            return output.AsSpan(0, n).ToArray();
        }

        /// <summary>Opens a device message with an owner's session.</summary>
        /// <param name="session">Owner session.</param>
        /// <param name="payload">The published bytes.</param>
        /// <param name="header">Receives the header.</param>
        /// <param name="data">Receives the data after the prefix.</param>
        /// <returns>The plaintext (prefix included).</returns>
        public static byte[] Open(OwnerSession session, byte[] payload, DeviceMessage header, out byte[] data)
        {
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            ReasonCode opened = session.Open(payload, 0, payload.Length, header, plain);
            if (opened != ReasonCode.Done)
            {
                throw new InvalidOperationException("open failed: " + opened);
            }

            int prefix = header.Type == MessageType.Result ? ProtocolConstants.ResultPrefixSize : ProtocolConstants.EventPrefixSize;
            data = plain.AsSpan(prefix, session.DataLength).ToArray();
            return plain;
        }

        /// <summary>A recognisable byte pattern.</summary>
        /// <param name="length">Length.</param>
        /// <param name="start">First value.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Fill(int length, int start)
        {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++)
            {
                b[i] = (byte)(start + i);
            }

            return b;
        }
    }
}
