// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>
    /// The device's side of the message channel (MQTT on the device and the virtual devices, in memory in tests).
    /// Inbound messages and connection changes go to the <see cref="IInboundSink"/> given to <see cref="Start"/>.
    /// </summary>
    public interface IMessageTransport
    {
        /// <summary>Gets whether the channel is up now.</summary>
        bool IsConnected { get; }

        /// <summary>
        /// Sets what to announce and what to listen to; the transport connects on the next <see cref="Poll"/>.
        /// </summary>
        /// <param name="clientId">Client id (unique per device).</param>
        /// <param name="statusTopic">Retained "online" after connecting, "offline" as the last will.</param>
        /// <param name="topics">Topics to subscribe after every connect.</param>
        /// <param name="sink">Receives messages and connection changes.</param>
        void Start(string clientId, string statusTopic, string[] topics, IInboundSink sink);

        /// <summary>Connects or reconnects when due (may block for a connect timeout: call it from its own thread).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        void Poll(long nowMs);

        /// <summary>Publishes a message; false when not connected or the send failed.</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Bytes.</param>
        /// <param name="count">Number of bytes from the start of <paramref name="payload"/>.</param>
        /// <param name="retain">MQTT retain flag.</param>
        /// <returns>True when handed to the network.</returns>
        bool Publish(string topic, byte[] payload, int count, bool retain);

        /// <summary>Closes the connection for good (the last will is not sent on a clean close).</summary>
        void Stop();
    }
}
