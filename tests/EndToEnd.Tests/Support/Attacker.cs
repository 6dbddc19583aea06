// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Shared.Crypto.Protocol;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// Someone with full access to the broker and no keys: a raw MQTT client that records what it sees and
    /// publishes whatever bytes it likes, retained or not, under any client id.
    /// </summary>
    public sealed class Attacker : IDisposable
    {
        private readonly List<Captured> _seen = new List<Captured>();
        private readonly MqttClient _client;
        private readonly SemaphoreSlim _acks = new SemaphoreSlim(0);

        /// <summary>Connects to the broker.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="clientId">The client id (by default a random one; a device's own id takes its session over).</param>
        public Attacker(string host, int port, string clientId = null)
        {
            _client = new MqttClient(host, port, false, null, null, MqttSslProtocols.None);
            _client.MqttMsgPublishReceived += (sender, e) =>
            {
                lock (_seen)
                {
                    _seen.Add(new Captured(e.Topic, e.Message, e.Retain));
                }
            };
            _client.MqttMsgSubscribed += (sender, e) => _acks.Release();
            MqttReasonCode code = _client.Connect(clientId ?? "attacker-" + Guid.NewGuid().ToString("N").Substring(0, 8), true);
            if (code != MqttReasonCode.Success)
            {
                throw new InvalidOperationException("attacker could not connect: " + code);
            }
        }

        /// <summary>Subscribes to <paramref name="topicFilter"/> and waits for the broker's acknowledgement.</summary>
        /// <param name="topicFilter">The topic filter (wildcards allowed).</param>
        public void Subscribe(string topicFilter)
        {
            _client.Subscribe(new[] { topicFilter }, new[] { MqttQoSLevel.AtLeastOnce });
            if (!_acks.Wait(Eventually.Patience))
            {
                throw new TimeoutException("no SUBACK for " + topicFilter);
            }
        }

        /// <summary>Publishes raw bytes.</summary>
        /// <param name="topic">The topic.</param>
        /// <param name="payload">The bytes.</param>
        /// <param name="retain">Whether the broker should keep it for later subscribers.</param>
        public void Publish(string topic, byte[] payload, bool retain = false)
        {
            _client.Publish(topic, payload, null, null, MqttQoSLevel.AtLeastOnce, retain);
        }

        /// <summary>Gets everything seen on topics starting with <paramref name="prefix"/>.</summary>
        /// <param name="prefix">The topic prefix.</param>
        /// <returns>The messages in arrival order.</returns>
        public List<Captured> Seen(string prefix)
        {
            lock (_seen)
            {
                return _seen.FindAll(m => m.Topic.StartsWith(prefix, StringComparison.Ordinal));
            }
        }

        /// <summary>Waits until at least <paramref name="count"/> messages were seen on topics starting with <paramref name="prefix"/>.</summary>
        /// <param name="prefix">The topic prefix.</param>
        /// <param name="count">How many.</param>
        /// <returns>The messages.</returns>
        public List<Captured> WaitFor(string prefix, int count)
        {
            Eventually.True(() => Seen(prefix).Count >= count, "attacker to see " + count + " message(s) on " + prefix);
            return Seen(prefix);
        }

        /// <summary>Reads the device's current freshness nonce from its retained nonce topic (public knowledge).</summary>
        /// <param name="deviceId">The device id.</param>
        /// <returns>The 8-byte nonce.</returns>
        public byte[] ReadNonce(byte[] deviceId)
        {
            string topic = ProtocolTopics.Nonce(deviceId);
            if (Seen(topic).Count == 0)
            {
                Subscribe(topic);
            }

            List<Captured> nonces = WaitFor(topic, 1);
            byte[] message = nonces[nonces.Count - 1].Payload;
            byte[] nonce = new byte[ProtocolConstants.NonceSize];
            Array.Copy(message, ProtocolConstants.NonceMessageSize - ProtocolConstants.NonceSize, nonce, 0, nonce.Length);
            return nonce;
        }

        /// <summary>Disconnects.</summary>
        public void Dispose()
        {
            try
            {
                _client.Disconnect();
            }
            catch (Exception)
            {
                // The broker may already be gone.
            }

            _client.Dispose();
        }
    }
}
