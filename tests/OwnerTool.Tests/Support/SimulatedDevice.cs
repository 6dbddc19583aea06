// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using OwnerTool.Core;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace OwnerTool.Tests.Support
{
    /// <summary>
    /// A device made of Shared.Crypto's real device-side classes (identity, registry, nonce, verifier, pairing,
    /// sealer, audit chain) on a real MQTT connection: retained nonce and status (last will "offline"), pairing and
    /// command topics, sealed results and events. Its actions are scripted: a reason per action code, recorded.
    /// </summary>
    public sealed class SimulatedDevice : ICommandHandler, IDisposable
    {
        private const int AuditPageEntries = (ProtocolConstants.MaxDeviceDataSize - 74) / AuditEntry.EncodedSize;

        private readonly object _gate = new object();
        private readonly Stopwatch _uptime = Stopwatch.StartNew();
        private readonly ICryptoBackend _backend = new ManagedCryptoBackend();
        private readonly MemoryCounterLedger _ledger = new MemoryCounterLedger();
        private readonly OwnerRegistry _registry;
        private readonly FreshnessNonce _nonce;
        private readonly CommandVerifier _verifier;
        private readonly PairingSession _pairing;
        private readonly MessageSealer _events;
        private readonly AuditChain _audit;
        private readonly string _host;
        private readonly int _port;
        private readonly string _user;
        private readonly string _password;
        private MqttClient _client;
        private readonly byte[] _response = new byte[ProtocolConstants.MaxDeviceMessageSize];
        private byte[] _lastResult;
        private byte[] _heldResult;
        private string _lastResultTopic;

        /// <summary>Starts the device on a broker.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="kind">"garage" or "doorbell".</param>
        public SimulatedDevice(string host, int port, string kind)
            : this(host, port, kind, null, null)
        {
        }

        /// <summary>Starts the device on a broker that wants a login.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port (plain MQTT: the host emulation's client has no TLS).</param>
        /// <param name="kind">"garage" or "doorbell".</param>
        /// <param name="user">Broker user name, or null.</param>
        /// <param name="password">Broker password, or null.</param>
        public SimulatedDevice(string host, int port, string kind, string user, string password)
        {
            _user = user;
            _password = password;
            Identity = DeviceIdentity.Generate(new SecureRandomSource());
            Uri = PairingUri.Format(Identity, kind);
            _registry = new OwnerRegistry(_backend, Identity.DeviceId);
            _nonce = new FreshnessNonce(new SecureRandomSource(), Now);
            _verifier = new CommandVerifier(_backend, Identity, _registry, _nonce, _ledger, new PassBook(), new TrustedClock(), this, Now);
            _pairing = new PairingSession(_backend, new SecureRandomSource(), Identity, _registry, _nonce, _verifier);
            _events = new MessageSealer(_backend, Identity.DeviceId, _ledger);
            _audit = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit");
            _audit.Load();
            _host = host;
            _port = port;
            Connect();
        }

        /// <summary>Gets the device identity.</summary>
        public DeviceIdentity Identity { get; }

        /// <summary>Gets the pairing URI it would print.</summary>
        public string Uri { get; }

        /// <summary>Gets the reason each action code answers with (absent: Done).</summary>
        public ConcurrentDictionary<byte, byte> Reasons { get; } = new ConcurrentDictionary<byte, byte>();

        /// <summary>Gets the data each action code answers with.</summary>
        public ConcurrentDictionary<byte, byte[]> ResultData { get; } = new ConcurrentDictionary<byte, byte[]>();

        /// <summary>Gets every executed device action: (actor, action).</summary>
        public ConcurrentQueue<(ActorKind Actor, byte Action)> Executed { get; } = new ConcurrentQueue<(ActorKind, byte)>();

        /// <summary>Gets the argument bytes each action code got last.</summary>
        public ConcurrentDictionary<byte, byte[]> LastArguments { get; } = new ConcurrentDictionary<byte, byte[]>();

        /// <summary>Gets or sets a value indicating whether commands are dropped unanswered (a wedged device).</summary>
        public bool Silent { get; set; }

        /// <summary>Gets or sets a value indicating whether the previous result is re-sent before each new one (a replaying broker).</summary>
        public bool ReplayPreviousResult { get; set; }

        /// <summary>Gets or sets a value indicating whether the next result is held back and delivered just before the one after it (a delaying broker).</summary>
        public bool HoldNextResult { get; set; }

        /// <summary>Gets or sets how many of the next command messages are dropped before the verifier (lost or rate limited).</summary>
        public int DropNextCommands { get; set; }

        /// <summary>Gets or sets how many of the next results are lost after their command ran.</summary>
        public int DropNextResults { get; set; }

        /// <summary>Gets the counter of every command message that arrived, in order.</summary>
        public ConcurrentQueue<long> CommandCounters { get; } = new ConcurrentQueue<long>();

        /// <summary>Gets or sets a value indicating whether served audit pages get one byte flipped (a lying device or broker).</summary>
        public bool TamperAudit { get; set; }

        private long Now => 1000 + _uptime.ElapsedMilliseconds;

        /// <summary>Opens the pairing window (the long press).</summary>
        public void OpenPairingWindow()
        {
            lock (_gate)
            {
                _pairing.OpenPairingWindow(Now);
            }
        }

        /// <summary>Seals an event for every paired owner and publishes it.</summary>
        /// <param name="code">Event code.</param>
        /// <param name="data">Event data.</param>
        public void PublishEvent(byte code, byte[] data)
        {
            lock (_gate)
            {
                for (int slot = 0; slot < ProtocolConstants.MaxOwners; slot++)
                {
                    OwnerKey owner = _registry.GetSlot(slot);
                    int length = _events.SealEvent(owner, slot, code, 1800000000, data, 0, data.Length, _response, 0);
                    if (length > 0)
                    {
                        Publish(ProtocolTopics.OwnerOutbound(Identity.DeviceId, owner.KeyId), _response.AsSpan(0, length).ToArray(), false);
                    }
                }
            }
        }

        /// <summary>Drops the connection without DISCONNECT: the broker publishes the retained "offline" will.</summary>
        public void PowerOff()
        {
            _client.Close();
        }

        /// <inheritdoc />
        public byte Execute(CommandContext context)
        {
            byte reason;
            if (context.Action == (byte)ProtocolAction.ReadAudit)
            {
                long from = BigEndian.ReadInt64(context.Arguments, context.ArgumentsOffset);
                context.ResultLength = _audit.EncodePage(from, AuditPageEntries, context.ResultData, 0);
                if (TamperAudit && context.ResultLength > 74)
                {
                    context.ResultData[74 + 21] ^= 0x01;
                }

                return 0;
            }

            if (context.Action == (byte)ProtocolAction.ArmInvite && !Reasons.ContainsKey(context.Action))
            {
                // Like the runtime: the pairing session draws the code and returns it in the sealed result.
                reason = (byte)_pairing.ArmInvite(context.NowMs, context.ResultData, 0);
                context.ResultLength = reason == 0 ? ProtocolConstants.ArmInviteResultSize : 0;
                return reason;
            }

            reason = Reasons.TryGetValue(context.Action, out byte scripted) ? scripted : (byte)0;
            if (ResultData.TryGetValue(context.Action, out byte[] data))
            {
                Array.Copy(data, context.ResultData, data.Length);
                context.ResultLength = data.Length;
            }

            Executed.Enqueue((context.Actor, context.Action));
            LastArguments[context.Action] = context.Arguments.AsSpan(context.ArgumentsOffset, context.ArgumentsLength).ToArray();
            _audit.Append(context.NowMs, context.TrustedUtcSeconds, context.Actor, context.Actor == ActorKind.Guest ? context.PassId : context.KeyId,
                context.Action, reason, 1);
            return reason;
        }

        /// <summary>Connects again with the same identity, keys and counters (after a broker restart): status, nonce, subscriptions.</summary>
        public void Reconnect()
        {
            lock (_gate)
            {
                _client.Close();
                Connect();
            }
        }

        /// <summary>Disconnects cleanly.</summary>
        public void Dispose()
        {
            try
            {
                _client.Disconnect();
            }
            catch (Exception)
            {
                // Already closed by PowerOff.
            }
        }

        private void OnMessage(object sender, MqttMsgPublishEventArgs e)
        {
            lock (_gate)
            {
                if (e.Topic == ProtocolTopics.PairingRequest(Identity.DeviceId))
                {
                    _pairing.HandleRequest(e.Message, 0, e.Message.Length, e.Retain, Now, _response, 0, out int length);
                    if (length > 0)
                    {
                        Publish(ProtocolTopics.PairingResponse(Identity.DeviceId), _response.AsSpan(0, length).ToArray(), false);
                    }

                    return;
                }

                if (Silent)
                {
                    return;
                }

                if (e.Message.Length >= ProtocolConstants.CommandHeaderSize)
                {
                    CommandCounters.Enqueue(BigEndian.ReadInt64(e.Message, ProtocolConstants.OffsetCounter));
                }

                if (DropNextCommands > 0)
                {
                    DropNextCommands--;
                    return;
                }

                VerifyOutcome outcome = _verifier.Process(e.Message, 0, e.Message.Length, e.Retain, Now, _response, 0);
                if (outcome.ResponseLength == 0)
                {
                    return;
                }

                string topic = outcome.IsGuest
                    ? ProtocolTopics.GuestOutbound(Identity.DeviceId, outcome.KeyId, outcome.PassId)
                    : ProtocolTopics.OwnerOutbound(Identity.DeviceId, outcome.KeyId);
                if (ReplayPreviousResult && _lastResult != null && _lastResultTopic == topic)
                {
                    Publish(topic, _lastResult, false);
                }

                _lastResult = _response.AsSpan(0, outcome.ResponseLength).ToArray();
                _lastResultTopic = topic;
                if (DropNextResults > 0)
                {
                    DropNextResults--;
                    return;
                }

                if (HoldNextResult)
                {
                    HoldNextResult = false;
                    _heldResult = _lastResult;
                    return;
                }

                if (_heldResult != null)
                {
                    Publish(topic, _heldResult, false);
                    _heldResult = null;
                }

                Publish(topic, _lastResult, false);
            }
        }

        private void Connect()
        {
            _client = new MqttClient(_host, _port, false, null, null, MqttSslProtocols.None);
            _client.MqttMsgPublishReceived += OnMessage;
            _client.Connect("sim-" + OwnerTool.Core.Hex.Encode(Identity.DeviceId), _user, _password, true, MqttQoSLevel.AtLeastOnce, true,
                ProtocolTopics.Status(Identity.DeviceId), "offline", true, 30);
            _client.Subscribe(new[] { ProtocolTopics.Command(Identity.DeviceId), ProtocolTopics.PairingRequest(Identity.DeviceId) },
                new[] { MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce });
            Publish(ProtocolTopics.Status(Identity.DeviceId), Encoding.UTF8.GetBytes("online"), true);
            var announcement = new NonceMessage();
            Array.Copy(Identity.DeviceId, announcement.DeviceId, ProtocolConstants.DeviceIdSize);
            _nonce.CopyCurrent(announcement.Nonce, 0);
            byte[] nonce = new byte[ProtocolConstants.NonceMessageSize];
            announcement.Encode(nonce, 0);
            Publish(ProtocolTopics.Nonce(Identity.DeviceId), nonce, true);
        }

        private void Publish(string topic, byte[] payload, bool retain)
        {
            _client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, retain);
        }
    }
}
