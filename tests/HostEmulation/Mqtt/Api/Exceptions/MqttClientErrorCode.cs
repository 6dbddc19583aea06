// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.M2Mqtt.Exceptions
{
    /// <summary>Why a <see cref="MqttClientException"/> was thrown; names and order as in nanoFramework.M2Mqtt.</summary>
    public enum MqttClientErrorCode
    {
        /// <summary>Will topic, message or QoS wrong.</summary>
        WillWrong = 1,

        /// <summary>Keep-alive period too large.</summary>
        KeepAliveWrong,

        /// <summary>A topic name contains wildcards.</summary>
        TopicWildcard,

        /// <summary>A topic is empty or too long.</summary>
        TopicLength,

        /// <summary>QoS level not allowed.</summary>
        QosNotAllowed,

        /// <summary>No topics given to Subscribe/Unsubscribe.</summary>
        TopicsEmpty,

        /// <summary>No QoS levels given to Subscribe.</summary>
        QosLevelsEmpty,

        /// <summary>Topics and QoS levels differ in count.</summary>
        TopicsQosLevelsNotMatch,

        /// <summary>The broker sent a packet the client must not receive.</summary>
        WrongBrokerMessage,

        /// <summary>Wrong message identifier.</summary>
        WrongMessageId,

        /// <summary>Too many messages awaiting acknowledgement.</summary>
        InflightQueueFull,

        /// <summary>Invalid fixed header flag bits received.</summary>
        InvalidFlagBits,

        /// <summary>Invalid CONNECT flags.</summary>
        InvalidConnectFlags,

        /// <summary>Invalid client identifier.</summary>
        InvalidClientId,

        /// <summary>Invalid protocol name.</summary>
        InvalidProtocolName,
    }
}
