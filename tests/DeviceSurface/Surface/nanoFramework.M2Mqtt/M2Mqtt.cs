// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

using System;

namespace nanoFramework.M2Mqtt
{
    public enum MqttProtocolVersion
    {
        Version_3_1 = 0x03, Version_3_1_1 = 0x04, Version_5 = 0x05,
    }

    public class MqttClient : IMqttClient, IDisposable
    {
        public MqttClient(string brokerHostName) { }
        public MqttClient(string brokerHostName, int brokerPort, bool secure, System.Security.Cryptography.X509Certificates.X509Certificate caCert, System.Security.Cryptography.X509Certificates.X509Certificate clientCert, MqttSslProtocols sslProtocol) { }
        public bool IsConnected => throw null;
        public string ClientId => throw null;
        public MqttProtocolVersion ProtocolVersion { get => throw null; set => throw null; }
        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived;
        public event IMqttClient.MqttMsgPublishedEventHandler MqttMsgPublished;
        public event IMqttClient.MqttMsgSubscribedEventHandler MqttMsgSubscribed;
        public event IMqttClient.MqttMsgUnsubscribedEventHandler MqttMsgUnsubscribed;
        public event IMqttClient.ConnectionClosedEventHandler ConnectionClosed;
        public nanoFramework.M2Mqtt.Messages.MqttReasonCode Connect(string clientId) => throw null;
        public nanoFramework.M2Mqtt.Messages.MqttReasonCode Connect(string clientId, string username, string password) => throw null;
        public nanoFramework.M2Mqtt.Messages.MqttReasonCode Connect(string clientId, string username, string password, bool cleanSession, ushort keepAlivePeriod) => throw null;
        public nanoFramework.M2Mqtt.Messages.MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, nanoFramework.M2Mqtt.Messages.MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod) => throw null;
        public void Disconnect() => throw null;
        public void Close() => throw null;
        public ushort Subscribe(string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels) => throw null;
        public ushort Unsubscribe(string[] topics) => throw null;
        public ushort Publish(string topic, byte[] message) => throw null;
        public ushort Publish(string topic, byte[] message, string contentType) => throw null;
        public ushort Publish(string topic, byte[] message, string contentType, System.Collections.ArrayList userProperties) => throw null;
        public ushort Publish(string topic, byte[] message, string contentType, System.Collections.ArrayList userProperties, nanoFramework.M2Mqtt.Messages.MqttQoSLevel qosLevel, bool retain) => throw null;
        public void Dispose() => throw null;
    }
}

namespace nanoFramework.M2Mqtt.Exceptions
{
    public class MqttClientException : Exception
    {
        private MqttClientException() { }
    }

    public class MqttCommunicationException : Exception
    {
        public MqttCommunicationException() { }
        public MqttCommunicationException(Exception e) { }
    }

    public class MqttConnectionException : Exception
    {
        public MqttConnectionException(string message, Exception innerException) { }
    }

    public class MqttTimeoutException : Exception
    {
        public MqttTimeoutException() { }
    }
}
