// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using TestSupport;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// A client that behaves as Home Assistant's MQTT integration does: it reads retained discovery configs under the
    /// discovery prefix, follows the state and availability topics those configs name, and sends commands to their
    /// command topics. It knows nothing of the bridge beyond what discovery tells.
    /// </summary>
    public sealed class HomeAssistantSide : IDisposable
    {
        private readonly Attacker _client;

        /// <summary>Connects to Home Assistant's broker and subscribes to discovery.</summary>
        /// <param name="broker">Home Assistant's broker.</param>
        public HomeAssistantSide(MosquittoBroker broker)
        {
            _client = new Attacker(broker.Host, broker.Port, "homeassistant-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            _client.Subscribe("homeassistant/#");
        }

        /// <summary>Waits for the discovery config of one entity and subscribes to the topics it names.</summary>
        /// <param name="component">cover, event, binary_sensor, lock.</param>
        /// <param name="deviceId">Device id (the node id is okf_ID).</param>
        /// <param name="objectId">Entity.</param>
        /// <returns>The config.</returns>
        public JsonObject Discover(string component, string deviceId, string objectId)
        {
            string topic = "homeassistant/" + component + "/okf_" + deviceId + "/" + objectId + "/config";
            List<Captured> seen = _client.WaitFor(topic, 1);
            JsonObject config = JsonNode.Parse(Encoding.UTF8.GetString(seen[seen.Count - 1].Payload)).AsObject();
            Follow((string)config["state_topic"]);
            foreach (JsonNode availability in config["availability"].AsArray())
            {
                Follow((string)availability["topic"]);
            }

            return config;
        }

        /// <summary>Subscribes to a topic once.</summary>
        /// <param name="topic">The topic.</param>
        public void Follow(string topic)
        {
            lock (_followed)
            {
                if (!_followed.Add(topic))
                {
                    return;
                }
            }

            _client.Subscribe(topic);
        }

        private readonly HashSet<string> _followed = new HashSet<string>();

        /// <summary>Every payload seen on a topic, in order.</summary>
        /// <param name="topic">The topic.</param>
        /// <returns>The payloads.</returns>
        public List<string> Payloads(string topic)
        {
            return _client.Seen(topic).FindAll(c => c.Topic == topic).ConvertAll(c => Encoding.UTF8.GetString(c.Payload));
        }

        /// <summary>The newest payload on a topic, or null.</summary>
        /// <param name="topic">The topic.</param>
        /// <returns>The payload.</returns>
        public string Latest(string topic)
        {
            List<string> all = Payloads(topic);
            return all.Count == 0 ? null : all[all.Count - 1];
        }

        /// <summary>Waits until the newest payload on a topic is the expected one.</summary>
        /// <param name="topic">The topic.</param>
        /// <param name="expected">The payload.</param>
        public void WaitForLatest(string topic, string expected)
        {
            Eventually.True(() => Latest(topic) == expected, Eventually.Patience, () => topic + " to become '" + expected + "', saw: " + string.Join(", ", Payloads(topic)));
        }

        /// <summary>Sends a command as Home Assistant does (QoS 1, not retained).</summary>
        /// <param name="topic">Command topic from discovery.</param>
        /// <param name="payload">The payload.</param>
        public void Send(string topic, string payload) => _client.Publish(topic, Encoding.UTF8.GetBytes(payload));

        /// <summary>Disconnects.</summary>
        public void Dispose() => _client.Dispose();
    }
}
