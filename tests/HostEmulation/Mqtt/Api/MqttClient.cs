// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.HostEmulation.Mqtt.Client;
using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.HostEmulation.Mqtt.Protocol;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.M2Mqtt
{
    /// <summary>
    /// nanoFramework.M2Mqtt's MqttClient for the PC: MQTT 3.1.1 over plain TCP, same signatures, same
    /// threading model (events on the client's own thread). TLS is not emulated.
    /// </summary>
    public partial class MqttClient : IMqttClient, IDisposable
    {
        private readonly string _brokerHostName;
        private readonly int _brokerPort;
        private readonly object _sync = new object();
        private ushort _messageIdCounter;

        /// <summary>Client for a broker on the default port 1883, no TLS.</summary>
        /// <param name="brokerHostName">Host name or IP address of the broker.</param>
        public MqttClient(string brokerHostName)
            : this(brokerHostName, MqttSpec.DefaultPort, false, null, null, MqttSslProtocols.None)
        {
        }

        /// <summary>Client for a broker.</summary>
        /// <param name="brokerHostName">Host name or IP address of the broker.</param>
        /// <param name="brokerPort">TCP port.</param>
        /// <param name="secure">TLS; not supported on the host (throws NotSupportedException).</param>
        /// <param name="caCert">CA certificate for TLS.</param>
        /// <param name="clientCert">Client certificate for TLS.</param>
        /// <param name="sslProtocol">TLS version.</param>
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol)
        {
            if (secure)
            {
                throw new NotSupportedException("The host MQTT emulation has no TLS: run the virtual device against a plain-TCP broker on loopback (secure = false).");
            }

            _brokerHostName = brokerHostName ?? throw new ArgumentNullException(nameof(brokerHostName));
            _brokerPort = brokerPort;
            ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
        }

        /// <summary>A PUBLISH arrived.</summary>
        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived;

        /// <summary>A publish was acknowledged (QoS 1/2), sent (QoS 0), or given up at disconnection (IsPublished false).</summary>
        public event IMqttClient.MqttMsgPublishedEventHandler MqttMsgPublished;

        /// <summary>A SUBACK arrived.</summary>
        public event IMqttClient.MqttMsgSubscribedEventHandler MqttMsgSubscribed;

        /// <summary>An UNSUBACK arrived.</summary>
        public event IMqttClient.MqttMsgUnsubscribedEventHandler MqttMsgUnsubscribed;

        /// <summary>The connection ended: Disconnect, Close, the broker, a socket error, or an unanswered ping.</summary>
        public event IMqttClient.ConnectionClosedEventHandler ConnectionClosed;

        /// <summary>Whether a CONNACK accepted the connection and it has not ended since.</summary>
        public bool IsConnected { get; private set; }

        /// <summary>Client identifier of the last accepted connection.</summary>
        public string ClientId { get; private set; }

        /// <summary>Clean session flag of the last accepted connection.</summary>
        public bool CleanSession { get; private set; }

        /// <summary>Will flag of the last accepted connection.</summary>
        public bool WillFlag { get; private set; }

        /// <summary>Will QoS of the last accepted connection.</summary>
        public MqttQoSLevel WillQosLevel { get; private set; }

        /// <summary>Will topic of the last accepted connection.</summary>
        public string WillTopic { get; private set; }

        /// <summary>Will message of the last accepted connection.</summary>
        public string WillMessage { get; private set; }

        /// <summary>Protocol level; only Version_3_1_1 connects on the host.</summary>
        public MqttProtocolVersion ProtocolVersion { get; set; }

        /// <summary>Connects with a clean session and the default keep-alive (60 s).</summary>
        /// <param name="clientId">Client identifier.</param>
        /// <returns>The CONNACK return code.</returns>
        public MqttReasonCode Connect(string clientId)
        {
            return Connect(clientId, null, null, false, MqttQoSLevel.AtMostOnce, false, null, null, true, MqttLimits.DefaultKeepAliveSeconds);
        }

        /// <summary>Connects with the default keep-alive (60 s).</summary>
        /// <param name="clientId">Client identifier.</param>
        /// <param name="cleanSession">Clean session flag.</param>
        /// <returns>The CONNACK return code.</returns>
        public MqttReasonCode Connect(string clientId, bool cleanSession)
        {
            return Connect(clientId, null, null, false, MqttQoSLevel.AtMostOnce, false, null, null, cleanSession, MqttLimits.DefaultKeepAliveSeconds);
        }

        /// <summary>Connects with credentials, a clean session and the default keep-alive (60 s).</summary>
        /// <param name="clientId">Client identifier.</param>
        /// <param name="username">User name or null.</param>
        /// <param name="password">Password or null.</param>
        /// <returns>The CONNACK return code.</returns>
        public MqttReasonCode Connect(string clientId, string username, string password)
        {
            return Connect(clientId, username, password, false, MqttQoSLevel.AtMostOnce, false, null, null, true, MqttLimits.DefaultKeepAliveSeconds);
        }

        /// <summary>Connects with credentials.</summary>
        /// <param name="clientId">Client identifier.</param>
        /// <param name="username">User name or null.</param>
        /// <param name="password">Password or null.</param>
        /// <param name="cleanSession">Clean session flag.</param>
        /// <param name="keepAlivePeriod">Keep-alive in seconds, 0 = off.</param>
        /// <returns>The CONNACK return code.</returns>
        public MqttReasonCode Connect(string clientId, string username, string password, bool cleanSession, ushort keepAlivePeriod)
        {
            return Connect(clientId, username, password, false, MqttQoSLevel.AtMostOnce, false, null, null, cleanSession, keepAlivePeriod);
        }

        /// <summary>
        /// Connects, with a last will the broker publishes if this connection ends without DISCONNECT.
        /// Blocks until CONNACK (MqttCommunicationException after the timeout, 30 s by default); a TCP
        /// failure throws MqttConnectionException.
        /// </summary>
        /// <param name="clientId">Client identifier.</param>
        /// <param name="username">User name or null.</param>
        /// <param name="password">Password or null.</param>
        /// <param name="willRetain">Publish the will retained.</param>
        /// <param name="willQosLevel">QoS of the will.</param>
        /// <param name="willFlag">Whether there is a will.</param>
        /// <param name="willTopic">Will topic.</param>
        /// <param name="willMessage">Will payload (UTF-8 encoded).</param>
        /// <param name="cleanSession">Clean session flag.</param>
        /// <param name="keepAlivePeriod">Keep-alive in seconds, 0 = off.</param>
        /// <returns>The CONNACK return code; Success means IsConnected is now true.</returns>
        public MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod)
        {
            if (ProtocolVersion != MqttProtocolVersion.Version_3_1_1)
            {
                throw new NotSupportedException("The host MQTT emulation speaks MQTT 3.1.1 only.");
            }

            if ((int)willQosLevel > MqttSpec.MaxQos || (willFlag && (!MqttTopic.IsValidName(willTopic) || willMessage == null))
                || (!willFlag && (willRetain || willQosLevel != MqttQoSLevel.AtMostOnce)))
            {
                throw new MqttClientException(MqttClientErrorCode.WillWrong);
            }

            if (string.IsNullOrEmpty(clientId) && !cleanSession)
            {
                throw new MqttClientException(MqttClientErrorCode.InvalidClientId);
            }

            ConnectPacket connect = new ConnectPacket
            {
                ClientId = clientId ?? string.Empty,
                UserName = string.IsNullOrEmpty(username) ? null : username,
                // As the real client: an empty user name or password is left out of CONNECT, not sent empty.
                Password = string.IsNullOrEmpty(password) ? null : Encoding.UTF8.GetBytes(password),
                WillFlag = willFlag,
                WillRetain = willRetain,
                WillQos = (int)willQosLevel,
                WillTopic = willFlag ? willTopic : null,
                WillMessage = willFlag ? Encoding.UTF8.GetBytes(willMessage) : null,
                CleanSession = cleanSession,
                KeepAliveSeconds = keepAlivePeriod,
            };
            ConnackPacket connack = OpenSession(connect);
            if (connack.ReturnCode == 0)
            {
                ClientId = clientId;
                CleanSession = cleanSession;
                WillFlag = willFlag;
                WillQosLevel = willQosLevel;
                WillTopic = willTopic;
                WillMessage = willMessage;
            }

            return (MqttReasonCode)connack.ReturnCode;
        }

        /// <summary>Sends DISCONNECT (the broker discards the will) and closes; ConnectionClosed follows. No-op when not connected.</summary>
        public void Disconnect()
        {
            CurrentSession()?.Close(true);
        }

        /// <summary>Closes the connection without DISCONNECT, so the broker publishes the will.</summary>
        public void Close()
        {
            CurrentSession()?.Close(false);
        }

        /// <summary>Closes the connection without DISCONNECT.</summary>
        public void Dispose()
        {
            Close();
        }

        /// <summary>Subscribes; the SUBACK arrives as MqttMsgSubscribed with the returned id.</summary>
        /// <param name="topics">Topic filters.</param>
        /// <param name="qosLevels">Requested QoS per filter.</param>
        /// <returns>The SUBSCRIBE message id.</returns>
        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels)
        {
            ValidateTopics(topics, true);
            if (qosLevels == null || qosLevels.Length == 0)
            {
                throw new MqttClientException(MqttClientErrorCode.QosLevelsEmpty);
            }

            if (topics.Length != qosLevels.Length)
            {
                throw new MqttClientException(MqttClientErrorCode.TopicsQosLevelsNotMatch);
            }

            byte[] qos = new byte[qosLevels.Length];
            for (int i = 0; i < qos.Length; i++)
            {
                if ((int)qosLevels[i] > MqttSpec.MaxQos)
                {
                    throw new MqttClientException(MqttClientErrorCode.QosNotAllowed);
                }

                qos[i] = (byte)qosLevels[i];
            }

            MqttSession session = RequireSession();
            ushort id = NextMessageId();
            session.Acks.TrackSubscribe(id, topics.Length);
            session.Send(new SubscribePacket { PacketId = id, TopicFilters = topics, QosLevels = qos }.Encode());
            return id;
        }

        /// <summary>Unsubscribes; the UNSUBACK arrives as MqttMsgUnsubscribed with the returned id.</summary>
        /// <param name="topics">Topic filters.</param>
        /// <returns>The UNSUBSCRIBE message id.</returns>
        public ushort Unsubscribe(string[] topics)
        {
            ValidateTopics(topics, true);
            MqttSession session = RequireSession();
            ushort id = NextMessageId();
            session.Send(new UnsubscribePacket { PacketId = id, TopicFilters = topics }.Encode());
            return id;
        }

        /// <summary>Publishes with QoS 0, not retained.</summary>
        /// <param name="topic">Topic name.</param>
        /// <param name="message">Payload.</param>
        /// <returns>The message id.</returns>
        public ushort Publish(string topic, byte[] message)
        {
            return Publish(topic, message, null, null, MqttQoSLevel.AtMostOnce, false);
        }

        /// <summary>Publishes with QoS 0, not retained.</summary>
        /// <param name="topic">Topic name.</param>
        /// <param name="message">Payload.</param>
        /// <param name="contentType">MQTT 5 only: must be null or empty on 3.1.1 (else NotSupportedException).</param>
        /// <returns>The message id.</returns>
        public ushort Publish(string topic, byte[] message, string contentType)
        {
            return Publish(topic, message, contentType, null, MqttQoSLevel.AtMostOnce, false);
        }

        /// <summary>Publishes with QoS 0, not retained.</summary>
        /// <param name="topic">Topic name.</param>
        /// <param name="message">Payload.</param>
        /// <param name="contentType">MQTT 5 only: must be null or empty on 3.1.1 (else NotSupportedException).</param>
        /// <param name="userProperties">MQTT 5 only: must be null or empty on 3.1.1 (else NotSupportedException).</param>
        /// <returns>The message id.</returns>
        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties)
        {
            return Publish(topic, message, contentType, userProperties, MqttQoSLevel.AtMostOnce, false);
        }

        /// <summary>
        /// Publishes. QoS 1 and 2 complete with MqttMsgPublished when the broker acknowledges; if the
        /// connection ends first, MqttMsgPublished reports IsPublished = false (no resend on reconnect).
        /// </summary>
        /// <param name="topic">Topic name (no wildcards).</param>
        /// <param name="message">Payload.</param>
        /// <param name="contentType">MQTT 5 only: must be null or empty on 3.1.1 (else NotSupportedException).</param>
        /// <param name="userProperties">MQTT 5 only: must be null or empty on 3.1.1 (else NotSupportedException).</param>
        /// <param name="qosLevel">QoS 0..2.</param>
        /// <param name="retain">Retain flag.</param>
        /// <returns>The message id.</returns>
        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain)
        {
            if (!string.IsNullOrEmpty(contentType) || (userProperties != null && userProperties.Count > 0))
            {
                throw new NotSupportedException("Content type and user properties need MQTT 5; the client speaks 3.1.1.");
            }

            ValidateTopics(new[] { topic }, false);
            if ((int)qosLevel > MqttSpec.MaxQos)
            {
                throw new MqttClientException(MqttClientErrorCode.QosNotAllowed);
            }

            return SendPublish(topic, message ?? new byte[0], (int)qosLevel, retain);
        }

        private ushort NextMessageId()
        {
            lock (_sync)
            {
                // Identifiers run 1..65535; 0 is not allowed ([MQTT-2.3.1-1]).
                _messageIdCounter = _messageIdCounter == ushort.MaxValue ? (ushort)1 : (ushort)(_messageIdCounter + 1);
                return _messageIdCounter;
            }
        }
    }
}
