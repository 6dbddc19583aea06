// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Messages
{
    /// <summary>A PUBLISH received from the broker.</summary>
    public class MqttMsgPublishEventArgs : EventArgs
    {
        /// <summary>Creates the event data.</summary>
        /// <param name="topic">Topic the message was published to.</param>
        /// <param name="message">Payload.</param>
        /// <param name="dupFlag">Duplicate delivery flag.</param>
        /// <param name="qosLevel">QoS of the delivery.</param>
        /// <param name="retain">Whether the broker sent a retained message.</param>
        public MqttMsgPublishEventArgs(string topic, byte[] message, bool dupFlag, MqttQoSLevel qosLevel, bool retain)
        {
            Topic = topic;
            Message = message;
            DupFlag = dupFlag;
            QosLevel = qosLevel;
            Retain = retain;
        }

        /// <summary>Topic the message was published to.</summary>
        public string Topic { get; internal set; }

        /// <summary>Payload.</summary>
        public byte[] Message { get; internal set; }

        /// <summary>Duplicate delivery flag.</summary>
        public bool DupFlag { get; internal set; }

        /// <summary>QoS of the delivery.</summary>
        public MqttQoSLevel QosLevel { get; internal set; }

        /// <summary>Whether the broker sent a retained message (for example to a new subscriber).</summary>
        public bool Retain { get; internal set; }
    }
}
