// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>One message received from the broker.</summary>
    public sealed class InboundMessage
    {
        /// <summary>Creates the message.</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Payload.</param>
        /// <param name="retained">MQTT retain flag.</param>
        public InboundMessage(string topic, byte[] payload, bool retained)
        {
            Topic = topic;
            Payload = payload ?? System.Array.Empty<byte>();
            Retained = retained;
        }

        /// <summary>Gets the topic.</summary>
        public string Topic { get; }

        /// <summary>Gets the payload.</summary>
        public byte[] Payload { get; }

        /// <summary>Gets the retain flag.</summary>
        public bool Retained { get; }
    }
}
