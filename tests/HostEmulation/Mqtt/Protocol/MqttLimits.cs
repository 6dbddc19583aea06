// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>Implementation limits of the host client (not spec values; see <see cref="MqttSpec"/>).</summary>
    public static class MqttLimits
    {
        /// <summary>
        /// Largest whole packet the client accepts or sends by default. The firmware's messages are a few
        /// hundred bytes; an ESP32 could not hold a much larger one, so the host refuses it too.
        /// </summary>
        public const int DefaultMaxPacketSize = 64 * 1024;

        /// <summary>Keep-alive in seconds used by the Connect overloads without one (as the device library).</summary>
        public const ushort DefaultKeepAliveSeconds = 60;

        /// <summary>How long Connect waits for the TCP connection and then for CONNACK, in milliseconds.</summary>
        public const int DefaultConnectTimeoutMilliseconds = 30000;

        /// <summary>How long one socket write may block before the connection is declared broken.</summary>
        public const int SendTimeoutMilliseconds = 10000;

        /// <summary>Longest sleep of the keep-alive thread, so a short keep-alive is still served on time.</summary>
        public const int KeepAliveMaxPollMilliseconds = 250;

        /// <summary>Size of one socket read.</summary>
        public const int ReceiveChunkSize = 4096;

        /// <summary>Events waiting for the dispatch thread before the connection is closed as overrun.</summary>
        public const int MaxQueuedEvents = 1024;
    }
}
