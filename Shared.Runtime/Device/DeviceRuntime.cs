// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Network;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The device runtime both firmwares share: identity, owners, counters, passes and audit chain on storage;
    /// the command pipeline (CommandVerifier) and pairing on ONE thread; sealed events to every owner; the
    /// retained freshness nonce; the supervisor. The controller's poll thread only queues (events, pairing and
    /// reset requests) and never waits on this class's lock.
    /// </summary>
    public sealed partial class DeviceRuntime : IInboundSink, ICommandHandler
    {
        /// <summary>Inbound messages buffered between the network and the command thread.</summary>
        public const int InboundCapacity = 8;

        /// <summary>Events buffered between the controller and the runtime thread.</summary>
        public const int EventCapacity = 16;

        /// <summary>Events kept while offline (newest kept) and published on reconnect with their original time.</summary>
        public const int HeldEventCapacity = 8;

        /// <summary>Audit action code of a completed pairing (the protocol's actions start at 0x01).</summary>
        public const byte PairedAuditAction = 0x00;

        /// <summary>Supervisor timeout of the command loop (covers an X25519 on the device).</summary>
        public const int CommandLoopTimeoutMs = 30000;

        /// <summary>Supervisor timeout of the network loop (covers the client's 30 s connect timeout).</summary>
        public const int NetworkLoopTimeoutMs = 120000;

        private readonly DevicePlatform _platform;
        private readonly ILog _log;
        private readonly string _kind;
        private readonly IDeviceActions _actions;
        private readonly object _lock = new object();
        private readonly InboundQueue _inbound = new InboundQueue(InboundCapacity, ProtocolConstants.MaxCommandSize);
        private readonly InboundMessage _message = new InboundMessage(ProtocolConstants.MaxCommandSize);
        private readonly EventQueue _events = new EventQueue(EventCapacity);
        private readonly EventQueue _held = new EventQueue(HeldEventCapacity);
        private readonly OutboundEvent _event = new OutboundEvent();
        private readonly byte[] _response = new byte[ProtocolConstants.MaxDeviceMessageSize];
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Supervisor _supervisor;
        private readonly DeviceRecords _records;
        private DeviceIdentity _identity;
        private string _clientId;
        private OwnerRegistry _registry;
        private ReservedCounterLedger _ledger;
        private PassBook _passes;
        private FreshnessNonce _nonce;
        private TrustedClock _trustedClock;
        private TrustedTimeRecord _timeRecord;
        private AuditBudget _auditBudget;
        private CommandVerifier _verifier;
        private PairingSession _pairing;
        private AuditChain _audit;
        private MessageSealer _sealer;
        private string _commandTopic;
        private string _pairingRequestTopic;
        private string _pairingResponseTopic;
        private string _nonceTopic;
        private string _statusTopic;
        private int _publishedNonceGeneration = -1;
        private bool _connected;
        private bool _announce;
        private bool _pairingRequested;
        private bool _pairingOpen;
        private bool _wipeRequested;
        private bool _running;
        private bool _transportStarted;

        /// <summary>Creates the runtime and loads (or on first boot creates) the device's state.</summary>
        /// <param name="platform">What differs between device and PC.</param>
        /// <param name="kind">Device kind for the pairing URI ("garage", "doorbell").</param>
        /// <param name="actions">The firmware's command handler.</param>
        public DeviceRuntime(DevicePlatform platform, string kind, IDeviceActions actions)
        {
            _platform = platform;
            _log = platform.Log;
            _kind = kind;
            _actions = actions;
            _supervisor = new Supervisor(platform.Clock, platform.Rebooter);
            _records = new DeviceRecords(new RecordStore(platform.Storage));
            LoadState(platform.Clock.NowMilliseconds);
        }

        /// <summary>Gets the device id (8 bytes; do not modify).</summary>
        public byte[] DeviceId
        {
            get { return _identity.DeviceId; }
        }

        /// <summary>Gets the pairing URI (printed on the console at first boot and while no owner is paired).</summary>
        public string PairingUri { get; private set; }

        /// <summary>Gets the MQTT client id (random, made once and kept in the record store).</summary>
        public string ClientId
        {
            get { return _clientId; }
        }

        /// <summary>Gets the command topic.</summary>
        public string CommandTopic
        {
            get { return _commandTopic; }
        }

        /// <summary>Gets the owner registry (read it from the runtime thread or after <see cref="Service"/>).</summary>
        public OwnerRegistry Registry
        {
            get { return _registry; }
        }

        /// <summary>Gets the audit chain (read it from the runtime thread or after <see cref="Service"/>).</summary>
        public AuditChain Audit
        {
            get { return _audit; }
        }

        /// <summary>Gets the supervisor (firmware loops register and beat through it).</summary>
        public Supervisor Supervisor
        {
            get { return _supervisor; }
        }

        /// <summary>Gets the inbound queue (capacity and drop counters).</summary>
        public InboundQueue Inbound
        {
            get { return _inbound; }
        }

        /// <summary>Gets the event queue (drop counter).</summary>
        public EventQueue Events
        {
            get { return _events; }
        }

        /// <summary>Gets the events held while offline (count, drop counter).</summary>
        public EventQueue HeldEvents
        {
            get { return _held; }
        }

        /// <summary>Gets how many inbound messages were refused without an answer (garbage, replays, retained).</summary>
        public int Unanswered { get; private set; }

        /// <summary>Gets the number of authenticated commands answered.</summary>
        public int Answered { get; private set; }

        /// <summary>Gets the number of identities created by this runtime (first boot, factory resets).</summary>
        public int IdentitiesCreated { get; private set; }

        /// <summary>Gets whether the broker connection is up.</summary>
        public bool IsOnline
        {
            get { return _connected; }
        }

        /// <summary>Gets whether the pairing window is open (or its opening is pending).</summary>
        public bool IsPairingWindowOpen
        {
            get { return _pairingRequested || _pairingOpen; }
        }

        /// <summary>Gets what the status LED should show.</summary>
        public RuntimeStatus Status
        {
            get { return IsPairingWindowOpen ? RuntimeStatus.Pairing : (_connected ? RuntimeStatus.Online : RuntimeStatus.Offline); }
        }

        /// <summary>Reads the time admins vouched for (their commands carry it), or the persisted lower bound.</summary>
        /// <param name="now">Monotonic time in milliseconds.</param>
        /// <param name="utcSeconds">Trusted UTC seconds, or 0.</param>
        /// <returns>True when known.</returns>
        public bool TryGetTrustedUtc(long now, out long utcSeconds)
        {
            TrustedClock clock = _trustedClock;
            return clock.TryGetUtc(now, out utcSeconds);
        }

        /// <summary>Loads a firmware record (settings); call before <see cref="Start"/> or from the runtime thread.</summary>
        /// <param name="name">Record name (not starting with "okf.").</param>
        /// <param name="buffer">Destination.</param>
        /// <returns>The length, or -1 when absent.</returns>
        public int LoadRecord(string name, byte[] buffer)
        {
            _records.TrackFirmwareRecord(name);
            return _records.Store.Load(name, buffer);
        }

        /// <summary>Saves a firmware record (power-cut safe); call from the runtime thread (a command handler).</summary>
        /// <param name="name">Record name (not starting with "okf.").</param>
        /// <param name="data">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        public void SaveRecord(string name, byte[] data, int offset, int count)
        {
            _records.TrackFirmwareRecord(name);
            _records.Store.Save(name, data, offset, count);
        }

        /// <summary>Asks to open the pairing window (the physical setup button only). Never blocks.</summary>
        public void RequestPairingWindow()
        {
            _pairingRequested = true;
            _wake.Set();
        }

        /// <summary>Asks for a factory reset: records wiped, new identity and pairing URI. Never blocks.</summary>
        public void RequestFactoryReset()
        {
            _wipeRequested = true;
            _wake.Set();
        }

        /// <summary>Queues an event for every owner (and the audit chain when marked). Never blocks.</summary>
        /// <param name="item">The event (copied).</param>
        /// <returns>False when the queue is full (counted).</returns>
        public bool QueueEvent(OutboundEvent item)
        {
            bool queued = _events.TryEnqueue(item);
            _wake.Set();
            return queued;
        }

        private void LoadState(long now)
        {
            bool created;
            _identity = _records.LoadOrCreateIdentity(_platform.Random, out created);
            _clientId = _records.LoadOrCreateClientId(_platform.Random);
            _registry = new OwnerRegistry(_platform.Crypto, _identity.DeviceId);
            _records.LoadOwners(_registry);
            _ledger = new ReservedCounterLedger(_records.Store, ReservedCounterLedger.DefaultBlockSize);
            _passes = new PassBook();
            _records.LoadPasses(_passes);
            _audit = new AuditChain(_records.Store, DeviceRecords.AuditRecord);
            _audit.Load();
            _nonce = new FreshnessNonce(_platform.Random, now);
            _publishedNonceGeneration = -1;
            _trustedClock = new TrustedClock();
            _timeRecord = new TrustedTimeRecord(_records.Store);
            _timeRecord.LoadInto(_trustedClock, now);
            _auditBudget = new AuditBudget(now);

            // The verifier reads the clock again right before an action: a queue must not stretch the window.
            _verifier = new CommandVerifier(_platform.Crypto, _identity, _registry, _nonce, _ledger, _passes, _trustedClock,
                this, now, _platform.Clock);
            _pairing = new PairingSession(_platform.Crypto, _platform.Random, _identity, _registry, _nonce, _verifier);
            _records.DiscardLegacyPairingFailures();
            _sealer = new MessageSealer(_platform.Crypto, _identity.DeviceId, _ledger);
            _commandTopic = ProtocolTopics.Command(_identity.DeviceId);
            _pairingRequestTopic = ProtocolTopics.PairingRequest(_identity.DeviceId);
            _pairingResponseTopic = ProtocolTopics.PairingResponse(_identity.DeviceId);
            _nonceTopic = ProtocolTopics.Nonce(_identity.DeviceId);
            _statusTopic = ProtocolTopics.Status(_identity.DeviceId);
            PairingUri = Shared.Crypto.Pairing.PairingUri.Format(_identity, _kind);
            if (created)
            {
                IdentitiesCreated++;
            }

            _log.WriteLine("runtime: device id " + Hex.Encode(_identity.DeviceId, 0, ProtocolConstants.DeviceIdSize)
                + (created ? " (new identity)" : string.Empty) + ", " + _registry.Count.ToString() + " owner(s)");
            if (created || _registry.Count == 0)
            {
                // Physical access to the console is part of the trust model: the secret is shown only here.
                _log.WriteLine("runtime: pairing URI " + PairingUri);
                _log.WriteLine("runtime: hold the setup button " + (SetupButton.PairingHoldMs / 1000).ToString()
                    + " s to open the pairing window, then pair with this URI");
            }
        }
    }
}
