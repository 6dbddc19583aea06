// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Network;

namespace Runtime.Tests.Support
{
    /// <summary>An in-memory transport: records publishes, delivers inbound messages on demand.</summary>
    public sealed class MemoryTransport : IMessageTransport
    {
        /// <summary>One publish.</summary>
        public sealed class Sent
        {
            /// <summary>Topic.</summary>
            public string Topic;

            /// <summary>Bytes.</summary>
            public byte[] Payload;

            /// <summary>Retain flag.</summary>
            public bool Retain;
        }

        private readonly object _lock = new object();
        private readonly List<Sent> _published = new List<Sent>();
        private IInboundSink _sink;

        /// <summary>Gets a copy of every publish, in order (safe while device threads publish).</summary>
        public List<Sent> Published
        {
            get
            {
                lock (_lock)
                {
                    return new List<Sent>(_published);
                }
            }
        }

        /// <summary>Gets the topics of the last Start.</summary>
        public string[] Topics { get; private set; }

        /// <summary>Gets the status topic of the last Start.</summary>
        public string StatusTopic { get; private set; }

        /// <summary>Gets the number of Stop calls.</summary>
        public int Stops { get; private set; }

        /// <inheritdoc/>
        public bool IsConnected { get; private set; }

        /// <inheritdoc/>
        public void Start(string clientId, string statusTopic, string[] topics, IInboundSink sink)
        {
            StatusTopic = statusTopic;
            Topics = topics;
            _sink = sink;
        }

        /// <inheritdoc/>
        public void Poll(long nowMs)
        {
        }

        /// <inheritdoc/>
        public bool Publish(string topic, byte[] payload, int count, bool retain)
        {
            if (!IsConnected)
            {
                return false;
            }

            byte[] copy = new byte[count];
            System.Array.Copy(payload, copy, count);
            lock (_lock)
            {
                _published.Add(new Sent { Topic = topic, Payload = copy, Retain = retain });
            }

            return true;
        }

        /// <inheritdoc/>
        public void Stop()
        {
            Stops++;
            IsConnected = false;
        }

        /// <summary>Brings the connection up and tells the sink.</summary>
        public void Connect()
        {
            IsConnected = true;
            _sink.OnConnectionChanged(true);
        }

        /// <summary>Drops the connection and tells the sink.</summary>
        public void Disconnect()
        {
            IsConnected = false;
            _sink.OnConnectionChanged(false);
        }

        /// <summary>Delivers a message as the broker would.</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Bytes.</param>
        /// <param name="retained">Retain flag.</param>
        public void Deliver(string topic, byte[] payload, bool retained = false)
        {
            _sink.OnMessage(topic, payload, retained);
        }
    }
}
