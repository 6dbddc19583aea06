// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

using System;

namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel
    {
        AtMostOnce = 0x00, AtLeastOnce = 0x01, ExactlyOnce = 0x02, GrantedFailure = 0x80,
    }

    public enum MqttReasonCode
    {
        Success = 0x00, NormalDisconnection = 0x00, GrantedQoS0 = 0x00, GrantedQoS1 = 0x01, GrantedQoS2 = 0x02,
        DisconnectWithWillMessage = 0x04, NoMatchingSubscribers = 0x10, NoSubscriptionExisted = 0x11,
        ContinueAuthentication = 0x18, ReAuthenticate = 0x19, UnspecifiedError = 0x80, MalformedPacket = 0x81,
        ProtocolError = 0x82, ImplementationSpecificError = 0x83, UnsupportedProtocolVersion = 0x84,
        ClientIdentifierNotValid = 0x85, BadUserNameOrPassword = 0x86, NotAuthorized = 0x87, ServerUnavailable = 0x88,
        ServerBusy = 0x89, Banned = 0x8A, ServeShuttingDown = 0x8B, BadAuthenticationMethod = 0x8C,
        KeepAliveTimeout = 0x8D, SessionTakenOver = 0x8E, TopicFilterInvalid = 0x8F, TopicNameInvalid = 0x90,
        PacketIdentifierInUse = 0x91, PacketIdentifierNotFound = 0x92, ReceiveMaximumExceeded = 0x93,
        TopicAliasInvalid = 0x94, PacketTooLarge = 0x95, MessageRateTooHigh = 0x96, QuotaExceeded = 0x97,
        AdministrativeAction = 0x98, PayloadFormatInvalid = 0x99, RetainNotSupported = 0x9A, QoSNotSupported = 0x9B,
        UseAnotherServer = 0x9C, ServerMoved = 0x9D, SharedSubscriptionsNotSupported = 0x9E,
        ConnectionRateExceeded = 0x9F, MaximumConnectTime = 0xA0, SubscriptionIdentifiersNotSupported = 0xA1,
        WildcardSubscriptionsNotSupported = 0xA2, ConnectionRefusedUnacceptableProtocolVersion = 0x01,
        ConnectionRefusedIdentifierRejected = 0x02, ConnectionRefusedServerUnavailable = 0x03,
        ConnectionRefusedBadUserNameOrPassword = 0x04, ConnectionRefusedNotAuthorized = 0x05,
    }

    public class MqttMsgPublishEventArgs : EventArgs
    {
        public MqttMsgPublishEventArgs(string topic, byte[] message, bool dupFlag, MqttQoSLevel qosLevel, bool retain) { }
        public string Topic => throw null;
        public byte[] Message => throw null;
        public bool DupFlag => throw null;
        public MqttQoSLevel QosLevel => throw null;
        public bool Retain => throw null;
    }

    public class MqttMsgPublishedEventArgs : EventArgs
    {
        public MqttMsgPublishedEventArgs(ushort messageId) { }
        public MqttMsgPublishedEventArgs(ushort messageId, bool isPublished) { }
        public ushort MessageId { get => throw null; set => throw null; }
        public bool IsPublished { get => throw null; set => throw null; }
    }

    public class MqttMsgSubscribedEventArgs : EventArgs
    {
        public MqttMsgSubscribedEventArgs(ushort messageId, MqttQoSLevel[] grantedQosLevels) { }
        public ushort MessageId => throw null;
        public MqttQoSLevel[] GrantedQoSLevels => throw null;
    }

    public class MqttMsgUnsubscribedEventArgs : EventArgs
    {
        public MqttMsgUnsubscribedEventArgs(ushort messageId) { }
        public ushort MessageId => throw null;
    }
}

namespace nanoFramework.M2Mqtt
{
    public enum MqttSslProtocols
    {
        None = 0, SSLv3 = 1, TLSv1_0 = 2, TLSv1_1 = 3, TLSv1_2 = 4, TLSv1_3 = 5,
    }

    public interface IMqttClient
    {
        delegate void MqttMsgPublishEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishEventArgs e);
        delegate void MqttMsgPublishedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishedEventArgs e);
        delegate void MqttMsgSubscribedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgSubscribedEventArgs e);
        delegate void MqttMsgUnsubscribedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgUnsubscribedEventArgs e);
        delegate void ConnectionClosedEventHandler(object sender, EventArgs e);

        bool IsConnected { get; }

        event MqttMsgPublishEventHandler MqttMsgPublishReceived;
        event MqttMsgPublishedEventHandler MqttMsgPublished;
        event MqttMsgSubscribedEventHandler MqttMsgSubscribed;
        event MqttMsgUnsubscribedEventHandler MqttMsgUnsubscribed;
        event ConnectionClosedEventHandler ConnectionClosed;

        void Disconnect();
        ushort Subscribe(string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels);
        ushort Unsubscribe(string[] topics);
        ushort Publish(string topic, byte[] message, string contentType, System.Collections.ArrayList userProperties, nanoFramework.M2Mqtt.Messages.MqttQoSLevel qosLevel, bool retain);
    }
}
