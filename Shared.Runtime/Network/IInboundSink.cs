// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>Receives what a transport gets from the network (called on the transport's own thread).</summary>
    public interface IInboundSink
    {
        /// <summary>A message arrived on a subscribed topic.</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Bytes (the sink may keep a copy only).</param>
        /// <param name="retained">The MQTT retain flag of the delivery.</param>
        void OnMessage(string topic, byte[] payload, bool retained);

        /// <summary>The connection came up (after subscribing) or went down.</summary>
        /// <param name="connected">The new state.</param>
        void OnConnectionChanged(bool connected);
    }
}
