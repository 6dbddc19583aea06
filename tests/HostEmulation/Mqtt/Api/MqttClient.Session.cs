// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using nanoFramework.HostEmulation.Mqtt.Client;
using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.HostEmulation.Mqtt.Protocol;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.M2Mqtt
{
    /// <summary>Connection plumbing of the host client: opening sessions and turning their reports into events.</summary>
    public partial class MqttClient : ISessionOwner
    {
        private MqttSession _session;
        private long _pingResponses;

        /// <summary>Time source of keep-alive (tests inject a fake clock before Connect).</summary>
        internal IMqttClock Clock { get; set; } = SystemMqttClock.Instance;

        /// <summary>How long Connect waits for TCP and then for CONNACK.</summary>
        internal int ConnectTimeoutMilliseconds { get; set; } = MqttLimits.DefaultConnectTimeoutMilliseconds;

        /// <summary>Largest packet accepted from the broker; a larger one closes the connection.</summary>
        internal int MaxPacketSize { get; set; } = MqttLimits.DefaultMaxPacketSize;

        /// <summary>PINGRESP packets received since construction (lets tests see keep-alive working).</summary>
        internal long PingResponsesReceived => Interlocked.Read(ref _pingResponses);

        private MqttSession CurrentSession()
        {
            lock (_sync)
            {
                return _session;
            }
        }

        private MqttSession RequireSession()
        {
            MqttSession session = CurrentSession();
            if (session == null || !session.IsOpen || !IsConnected)
            {
                throw new MqttCommunicationException(new InvalidOperationException("The MQTT client is not connected."));
            }

            return session;
        }

        private ConnackPacket OpenSession(ConnectPacket connect)
        {
            // A second Connect replaces the connection: end the old one cleanly first.
            CurrentSession()?.Close(true);
            Socket socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, SendTimeout = MqttLimits.SendTimeoutMilliseconds };
            try
            {
                if (!socket.ConnectAsync(new DnsEndPoint(_brokerHostName, _brokerPort)).Wait(ConnectTimeoutMilliseconds))
                {
                    throw new TimeoutException("No TCP connection to " + _brokerHostName + ":" + _brokerPort + " within the timeout.");
                }
            }
            catch (Exception ex)
            {
                socket.Dispose();
                Exception cause = ex is AggregateException aggregate && aggregate.InnerException != null ? aggregate.InnerException : ex;
                string detail = cause is SocketException socketError ? "socket error " + socketError.SocketErrorCode : cause.Message;
                throw new MqttConnectionException("Cannot connect to the MQTT broker at " + _brokerHostName + ":" + _brokerPort + " (" + detail + ").", cause);
            }

            MqttSession session = new MqttSession(socket, Clock, MaxPacketSize, this);
            lock (_sync)
            {
                _session = session;
            }

            ConnackPacket connack = session.Handshake(connect, ConnectTimeoutMilliseconds);
            lock (_sync)
            {
                IsConnected = connack.ReturnCode == 0 && session.IsOpen && _session == session;
            }

            return connack;
        }

        private ushort SendPublish(string topic, byte[] payload, int qos, bool retain)
        {
            MqttSession session = RequireSession();
            ushort id = NextMessageId();
            PublishPacket publish = new PublishPacket { Topic = topic, Payload = payload, Qos = qos, Retain = retain, PacketId = qos > 0 ? id : (ushort)0 };
            byte[] packet = publish.Encode();
            if (packet.Length > MaxPacketSize)
            {
                throw new MqttClientException(MqttClientErrorCode.TopicLength);
            }

            if (qos > 0)
            {
                session.Acks.TrackOutbound(id, qos);
            }

            session.Send(packet);
            if (qos == 0)
            {
                // As upstream: QoS 0 counts as published once written.
                session.Events.Enqueue(() => MqttMsgPublished?.Invoke(this, new MqttMsgPublishedEventArgs(id, true)));
            }

            return id;
        }

        private static void ValidateTopics(string[] topics, bool filters)
        {
            if (topics == null || topics.Length == 0)
            {
                throw new MqttClientException(MqttClientErrorCode.TopicsEmpty);
            }

            for (int i = 0; i < topics.Length; i++)
            {
                string topic = topics[i];
                if (string.IsNullOrEmpty(topic) || System.Text.Encoding.UTF8.GetByteCount(topic) > MqttSpec.MaxStringBytes)
                {
                    throw new MqttClientException(MqttClientErrorCode.TopicLength);
                }

                if (filters ? !MqttTopic.IsValidFilter(topic) : !MqttTopic.IsValidName(topic))
                {
                    throw new MqttClientException(MqttClientErrorCode.TopicWildcard);
                }
            }
        }

        void ISessionOwner.OnPublishReceived(MqttSession session, PublishPacket publish)
        {
            MqttMsgPublishEventArgs args = new MqttMsgPublishEventArgs(publish.Topic, publish.Payload, publish.Dup, (MqttQoSLevel)publish.Qos, publish.Retain);
            Queue(session, () => MqttMsgPublishReceived?.Invoke(this, args));
        }

        void ISessionOwner.OnPublished(MqttSession session, ushort messageId, bool isPublished)
        {
            Queue(session, () => MqttMsgPublished?.Invoke(this, new MqttMsgPublishedEventArgs(messageId, isPublished)));
        }

        void ISessionOwner.OnSubscribed(MqttSession session, ushort messageId, MqttQoSLevel[] granted)
        {
            Queue(session, () => MqttMsgSubscribed?.Invoke(this, new MqttMsgSubscribedEventArgs(messageId, granted)));
        }

        void ISessionOwner.OnUnsubscribed(MqttSession session, ushort messageId)
        {
            Queue(session, () => MqttMsgUnsubscribed?.Invoke(this, new MqttMsgUnsubscribedEventArgs(messageId)));
        }

        void ISessionOwner.OnPingResponse()
        {
            Interlocked.Increment(ref _pingResponses);
        }

        void ISessionOwner.OnSessionClosed(MqttSession session, bool wasEstablished)
        {
            lock (_sync)
            {
                if (_session == session)
                {
                    IsConnected = false;
                }
            }

            // ConnectionClosed is the last event of a connection that CONNACK accepted, as upstream.
            session.Events.Complete(wasEstablished ? () => ConnectionClosed?.Invoke(this, EventArgs.Empty) : (Action)null);
        }

        private void Queue(MqttSession session, Action raise)
        {
            if (!session.Events.Enqueue(raise) && session.IsOpen)
            {
                // The application stopped draining events: an ESP32 would run out of memory; end the connection instead.
                session.Close(false);
            }
        }
    }
}
