// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace OwnerTool.Core
{
    /// <summary>
    /// The tool's MQTT connection over the M2Mqtt-compatible host client: connect, subscribe (waiting for the
    /// SUBACK so no answer is missed), publish, and a queue of received messages read with a deadline.
    /// </summary>
    public sealed class MqttLink : IDisposable
    {
        private readonly MqttClient _client;
        private readonly BlockingCollection<InboundMessage> _inbox = new BlockingCollection<InboundMessage>(1024);
        private readonly SemaphoreSlim _subscribed = new SemaphoreSlim(0);
        private readonly CancellationTokenSource _lost = new CancellationTokenSource();
        private volatile bool _closing;

        private MqttLink(MqttClient client)
        {
            _client = client;
            _client.MqttMsgPublishReceived += (sender, e) => _inbox.TryAdd(new InboundMessage(e.Topic, e.Message, e.Retain));
            _client.MqttMsgSubscribed += (sender, e) => _subscribed.Release();

            // The client raises ConnectionClosed for our own Dispose too: only an unasked close is a loss.
            _client.ConnectionClosed += (sender, e) =>
            {
                if (!_closing)
                {
                    _lost.Cancel();
                }
            };
            if (!_client.IsConnected && !_closing)
            {
                // Closed between CONNACK and the handler being attached.
                _lost.Cancel();
            }
        }

        /// <summary>Gets a value indicating whether the connection dropped without us closing it (broker gone, network down).</summary>
        public bool IsConnectionLost => _lost.IsCancellationRequested;

        /// <summary>Connects to a broker.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="clientId">MQTT client id.</param>
        /// <returns>The link.</returns>
        /// <exception cref="OwnerToolException">BrokerUnreachable.</exception>
        public static MqttLink Connect(string host, int port, string clientId)
        {
            MqttClient client = null;
            try
            {
                client = new MqttClient(host, port, false, null, null, MqttSslProtocols.None);
                MqttReasonCode code = client.Connect(clientId, null, null, true, 30);
                if (code != MqttReasonCode.Success)
                {
                    throw new OwnerToolException(ExitCode.BrokerUnreachable, "broker " + host + ":" + port + " refused the connection (" + code + ").");
                }

                return new MqttLink(client);
            }
            catch (OwnerToolException)
            {
                client?.Dispose();
                throw;
            }
            catch (Exception e)
            {
                client?.Dispose();
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "cannot reach the MQTT broker at " + host + ":" + port + " ("
                    + (e.InnerException ?? e).Message + ").");
            }
        }

        /// <summary>Subscribes (QoS 1) and waits for the broker's acknowledgement.</summary>
        /// <param name="deadline">Give up at this time.</param>
        /// <param name="topics">Topics.</param>
        public void Subscribe(Deadline deadline, params string[] topics)
        {
            var qos = new MqttQoSLevel[topics.Length];
            Array.Fill(qos, MqttQoSLevel.AtLeastOnce);
            try
            {
                _client.Subscribe(topics, qos);
            }
            catch (Exception e)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "subscribing at the broker failed (" + e.Message + ").");
            }

            if (!_subscribed.Wait(deadline.Remaining))
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "the broker did not acknowledge the subscription.");
            }
        }

        /// <summary>Publishes (QoS 1, not retained: devices ignore retained commands).</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Payload.</param>
        public void Publish(string topic, byte[] payload)
        {
            try
            {
                _client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, false);
            }
            catch (Exception e)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "publishing to the broker failed (" + e.Message + ").");
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

        /// <summary>Disconnects cleanly.</summary>
        public void Dispose()
        {
            _closing = true;
            try
            {
                _client.Disconnect();
            }
            catch (Exception)
            {
                // Closing a dead connection: nothing left to do.
            }

            _client.Dispose();
            _lost.Dispose();
        }
    }
}
