// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace OwnerTool.Core
{
    /// <summary>
    /// The tool's MQTT connection (MQTTnet): TCP or WebSocket, TLS against the system store or a CA file, a login,
    /// MQTT 5 with a fall-back to 3.1.1. Subscribe waits for the SUBACK so no answer is missed; received messages
    /// queue up and are read with a deadline. A persistent link (clean session off, stable client id) makes the
    /// broker keep the subscriptions and hold QoS 1 messages while the tool is away: a watch then gets the rings
    /// sent meanwhile when it reconnects.
    /// </summary>
    public sealed class MqttLink : IDisposable
    {
        /// <summary>How long the broker keeps a persistent session after the connection drops (MQTT 5), seconds: a week.</summary>
        public const uint PersistentSessionExpirySeconds = 7 * 24 * 3600;

        private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
        private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

        private readonly IMqttClient _client;
        private readonly string _broker;
        private readonly TimeSpan _timeout;
        private readonly BlockingCollection<InboundMessage> _inbox = new BlockingCollection<InboundMessage>(4096);
        private readonly CancellationTokenSource _lost = new CancellationTokenSource();
        private volatile bool _closing;
        private volatile MqttClientConnectResult _refusal;

        private MqttLink(IMqttClient client, string broker, TimeSpan timeout)
        {
            _client = client;
            _broker = broker;
            _timeout = timeout;
            _client.ApplicationMessageReceivedAsync += e =>
            {
                MqttApplicationMessage m = e.ApplicationMessage;
                _inbox.TryAdd(new InboundMessage(m.Topic, m.Payload.ToArray(), m.Retain));
                return Task.CompletedTask;
            };
            _client.DisconnectedAsync += e =>
            {
                // A refused CONNACK surfaces here (the connect call only throws a generic failure).
                _refusal = e.ConnectResult;
                // Our own Dispose raises this too: only an unasked close is a loss.
                if (!_closing && e.ClientWasConnected)
                {
                    LossReason = e.Reason;
                    _lost.Cancel();
                }

                return Task.CompletedTask;
            };
        }

        /// <summary>Gets a value indicating whether the connection dropped without us closing it (broker gone, network down).</summary>
        public bool IsConnectionLost => _lost.IsCancellationRequested;

        /// <summary>Gets why the broker closed the connection (SessionTakenOver: another client with our id connected).</summary>
        public MqttClientDisconnectReason LossReason { get; private set; }

        /// <summary>Gets a value indicating whether the broker still had our persistent session (queued messages follow).</summary>
        public bool SessionPresent { get; private set; }

        /// <summary>Gets the MQTT version spoken (5.0, or 3.1.1 with a broker that does not know 5).</summary>
        public MqttProtocolVersion ProtocolVersion { get; private set; }

        /// <summary>Connects to the broker with a fresh, throw-away session.</summary>
        /// <param name="settings">Broker address, transport, login, timeout.</param>
        /// <param name="clientId">MQTT client id.</param>
        /// <returns>The link.</returns>
        /// <exception cref="OwnerToolException">BrokerUnreachable, BrokerLoginRefused, BrokerNotTrusted, Usage (CA file).</exception>
        public static MqttLink Connect(ToolSettings settings, string clientId) => Connect(settings, clientId, false);

        /// <summary>Connects to the broker.</summary>
        /// <param name="settings">Broker address, transport, login, timeout.</param>
        /// <param name="clientId">MQTT client id (stable for a persistent session).</param>
        /// <param name="persistent">Keep the session (subscriptions and queued QoS 1 messages) across connections.</param>
        /// <returns>The link.</returns>
        /// <exception cref="OwnerToolException">BrokerUnreachable, BrokerLoginRefused, BrokerNotTrusted, Usage (CA file).</exception>
        public static MqttLink Connect(ToolSettings settings, string clientId, bool persistent) => Connect(settings, clientId, persistent, null, null);

        /// <summary>Connects to the broker with a last will (the bridge's retained "offline" for Home Assistant).</summary>
        /// <param name="settings">Broker address, transport, login, timeout.</param>
        /// <param name="clientId">MQTT client id.</param>
        /// <param name="persistent">Keep the session across connections.</param>
        /// <param name="willTopic">Topic the broker publishes (QoS 1, retained) when the connection dies; null for none.</param>
        /// <param name="willPayload">Its payload.</param>
        /// <returns>The link.</returns>
        /// <exception cref="OwnerToolException">BrokerUnreachable, BrokerLoginRefused, BrokerNotTrusted, Usage (CA file).</exception>
        public static MqttLink Connect(ToolSettings settings, string clientId, bool persistent, string willTopic, byte[] willPayload)
        {
            BrokerTls tls = settings.UseTls || settings.CaFile != null ? BrokerTls.Create(settings.CaFile) : null;
            var will = willTopic == null ? null : new Will(willTopic, willPayload);
            MqttLink link = TryConnect(settings, clientId, persistent, tls, will, MqttProtocolVersion.V500, out MqttClientConnectResultCode code);
            if (link == null && code == MqttClientConnectResultCode.UnsupportedProtocolVersion)
            {
                // An MQTT 3.1.1-only broker: the same session semantics, without the expiry interval.
                link = TryConnect(settings, clientId, persistent, tls, will, MqttProtocolVersion.V311, out code);
            }

            if (link == null)
            {
                throw Refused(settings, code);
            }

            return link;
        }

        /// <summary>Subscribes (QoS 1) and waits for the broker's acknowledgement.</summary>
        /// <param name="deadline">Give up at this time.</param>
        /// <param name="topics">Topics.</param>
        public void Subscribe(Deadline deadline, params string[] topics)
        {
            MqttClientSubscribeOptionsBuilder builder = new MqttClientFactory().CreateSubscribeOptionsBuilder();
            foreach (string topic in topics)
            {
                builder.WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce);
            }

            MqttClientSubscribeResult result;
            try
            {
                using (var timeout = new CancellationTokenSource(deadline.Remaining))
                {
                    result = _client.SubscribeAsync(builder.Build(), timeout.Token).GetAwaiter().GetResult();
                }
            }
            catch (OperationCanceledException)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "the broker did not acknowledge the subscription.");
            }
            catch (Exception e)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "subscribing at the broker failed (" + Describe(e) + ").");
            }

            foreach (MqttClientSubscribeResultItem item in result.Items)
            {
                if ((int)item.ResultCode > (int)MqttClientSubscribeResultCode.GrantedQoS2)
                {
                    throw new OwnerToolException(ExitCode.BrokerLoginRefused, "the broker refused the subscription to " + item.TopicFilter.Topic
                        + " (" + item.ResultCode + "): its access list does not let this login read that topic.");
                }
            }
        }

        /// <summary>Publishes at QoS 1, not retained (devices ignore retained commands).</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Payload.</param>
        public void Publish(string topic, byte[] payload) => Publish(topic, payload, false);

        /// <summary>Publishes at QoS 1 and waits for the broker's acknowledgement.</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Payload.</param>
        /// <param name="retain">Retain flag (Home Assistant discovery and availability).</param>
        public void Publish(string topic, byte[] payload, bool retain)
        {
            MqttApplicationMessage message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(retain)
                .Build();
            MqttClientPublishResult result;
            try
            {
                using (var timeout = new CancellationTokenSource(_timeout))
                {
                    result = _client.PublishAsync(message, timeout.Token).GetAwaiter().GetResult();
                }
            }
            catch (Exception e)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "publishing to the broker failed (" + Describe(e) + ").");
            }

            if (result.ReasonCode == MqttClientPublishReasonCode.NotAuthorized)
            {
                throw new OwnerToolException(ExitCode.BrokerLoginRefused, "the broker refused a message to " + topic
                    + " (NotAuthorized): its access list does not let this login write that topic.");
            }
        }

        /// <summary>Waits for the next message until the deadline.</summary>
        /// <param name="deadline">Deadline.</param>
        /// <param name="cancel">Cancellation (Ctrl+C).</param>
        /// <param name="message">The message.</param>
        /// <returns>False when the deadline passed, the wait was cancelled or the connection was lost
        /// (<see cref="IsConnectionLost"/>; messages received before the loss are still returned first).</returns>
        public bool TryReceive(Deadline deadline, CancellationToken cancel, out InboundMessage message)
        {
            if (_inbox.TryTake(out message) || IsConnectionLost)
            {
                return message != null;
            }

            using (CancellationTokenSource either = CancellationTokenSource.CreateLinkedTokenSource(cancel, _lost.Token))
            {
                try
                {
                    return _inbox.TryTake(out message, deadline.RemainingMilliseconds, either.Token);
                }
                catch (OperationCanceledException)
                {
                    // A message that raced the loss is kept for the next call.
                    return false;
                }
            }
        }

        /// <summary>Disconnects cleanly (a persistent session stays at the broker).</summary>
        public void Dispose()
        {
            _closing = true;
            try
            {
                using (var timeout = new CancellationTokenSource(CloseTimeout))
                {
                    _client.DisconnectAsync(new MqttClientDisconnectOptions(), timeout.Token).GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // Closing a dead connection: nothing left to do.
            }

            _client.Dispose();
            _lost.Dispose();
        }

        private static MqttLink TryConnect(ToolSettings settings, string clientId, bool persistent, BrokerTls tls, Will will,
            MqttProtocolVersion version, out MqttClientConnectResultCode code)
        {
            MqttClientOptionsBuilder options = new MqttClientOptionsBuilder()
                .WithClientId(clientId)
                .WithProtocolVersion(version)
                .WithCleanSession(!persistent)
                .WithKeepAlivePeriod(KeepAlive)
                .WithTimeout(settings.Timeout);
            if (persistent && version == MqttProtocolVersion.V500)
            {
                options.WithSessionExpiryInterval(PersistentSessionExpirySeconds);
            }

            if (settings.WebSocketPath != null)
            {
                string uri = (settings.UseTls ? "wss://" : "ws://") + HostForUri(settings.BrokerHost) + ":" + settings.BrokerPort + settings.WebSocketPath;
                options.WithWebSocketServer(w => w.WithUri(uri));
            }
            else
            {
                options.WithTcpServer(settings.BrokerHost, settings.BrokerPort);
            }

            if (tls != null)
            {
                options.WithTlsOptions(t => t.UseTls(true)
                    .WithTargetHost(settings.BrokerHost)
                    .WithCertificateValidationHandler(e => tls.Validate(e.Certificate, e.SslPolicyErrors)));
            }

            if (will != null)
            {
                options.WithWillTopic(will.Topic).WithWillPayload(will.Payload).WithWillRetain(true)
                    .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
            }

            if (settings.UserName != null)
            {
                options.WithCredentials(settings.UserName, settings.Password ?? string.Empty);
            }

            IMqttClient client = new MqttClientFactory().CreateMqttClient();
            var link = new MqttLink(client, settings.BrokerDisplay, settings.Timeout);
            try
            {
                MqttClientConnectResult result;
                using (var timeout = new CancellationTokenSource(settings.Timeout))
                {
                    result = client.ConnectAsync(options.Build(), timeout.Token).GetAwaiter().GetResult();
                }

                code = result.ResultCode;
                if (code != MqttClientConnectResultCode.Success)
                {
                    link.Dispose();
                    return null;
                }

                link.SessionPresent = result.IsSessionPresent;
                link.ProtocolVersion = version;
                return link;
            }
            catch (Exception e)
            {
                code = link._refusal?.ResultCode ?? MqttClientConnectResultCode.UnspecifiedError;
                link.Dispose();
                if (code == MqttClientConnectResultCode.UnsupportedProtocolVersion || code == MqttClientConnectResultCode.BadUserNameOrPassword
                    || code == MqttClientConnectResultCode.NotAuthorized)
                {
                    return null;
                }

                if (tls?.Failure != null)
                {
                    throw new OwnerToolException(ExitCode.BrokerNotTrusted, "refusing the broker at " + settings.BrokerDisplay + ": " + tls.Failure + ".");
                }

                throw new OwnerToolException(ExitCode.BrokerUnreachable, "cannot reach the MQTT broker at " + settings.BrokerDisplay + " ("
                    + Describe(e) + ").");
            }
        }

        private static OwnerToolException Refused(ToolSettings settings, MqttClientConnectResultCode code)
        {
            if (code == MqttClientConnectResultCode.BadUserNameOrPassword || code == MqttClientConnectResultCode.NotAuthorized)
            {
                string who = settings.UserName == null ? "without a login (give --user and --password-file)" : "as user '" + settings.UserName + "'";
                return new OwnerToolException(ExitCode.BrokerLoginRefused, "the broker at " + settings.BrokerDisplay + " refused the login "
                    + who + " (" + code + ").");
            }

            return new OwnerToolException(ExitCode.BrokerUnreachable, "broker " + settings.BrokerDisplay + " refused the connection (" + code + ").");
        }

        private sealed record Will(string Topic, byte[] Payload);

        private static string HostForUri(string host) => host.Contains(':') ? "[" + host + "]" : host;

        private static string Describe(Exception e)
        {
            Exception inner = e;
            while (inner.InnerException != null)
            {
                inner = inner.InnerException;
            }

            return inner.Message;
        }
    }
}
