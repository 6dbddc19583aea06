// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.M2Mqtt
{
    /// <summary>The MQTT client contract of nanoFramework.M2Mqtt.Core; its event delegate types are nested here as upstream.</summary>
    public interface IMqttClient
    {
        /// <summary>Handler of a received PUBLISH.</summary>
        delegate void MqttMsgPublishEventHandler(object sender, MqttMsgPublishEventArgs e);

        /// <summary>Handler of a publish outcome.</summary>
        delegate void MqttMsgPublishedEventHandler(object sender, MqttMsgPublishedEventArgs e);

        /// <summary>Handler of a SUBACK.</summary>
        delegate void MqttMsgSubscribedEventHandler(object sender, MqttMsgSubscribedEventArgs e);

        /// <summary>Handler of an UNSUBACK.</summary>
        delegate void MqttMsgUnsubscribedEventHandler(object sender, MqttMsgUnsubscribedEventArgs e);

        /// <summary>Handler of the connection's end.</summary>
        delegate void ConnectionClosedEventHandler(object sender, EventArgs e);

        /// <summary>A PUBLISH arrived.</summary>
        event MqttMsgPublishEventHandler MqttMsgPublishReceived;

        /// <summary>A publish was acknowledged (or given up).</summary>
        event MqttMsgPublishedEventHandler MqttMsgPublished;

        /// <summary>A SUBACK arrived.</summary>
        event MqttMsgSubscribedEventHandler MqttMsgSubscribed;

        /// <summary>An UNSUBACK arrived.</summary>
        event MqttMsgUnsubscribedEventHandler MqttMsgUnsubscribed;

        /// <summary>The connection ended.</summary>
        event ConnectionClosedEventHandler ConnectionClosed;

        /// <summary>Whether a CONNACK accepted the connection and it has not ended since.</summary>
        bool IsConnected { get; }

        /// <summary>Connects with the last will; blocks until CONNACK or timeout.</summary>
        MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod);

        /// <summary>Sends DISCONNECT and closes.</summary>
        void Disconnect();

        /// <summary>Subscribes; returns the message id, the SUBACK comes as an event.</summary>
        ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels);

        /// <summary>Unsubscribes; returns the message id, the UNSUBACK comes as an event.</summary>
        ushort Unsubscribe(string[] topics);

        /// <summary>Publishes; returns the message id.</summary>
        ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain);
    }
}
