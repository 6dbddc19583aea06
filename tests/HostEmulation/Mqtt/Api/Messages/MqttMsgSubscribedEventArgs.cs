// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Messages
{
    /// <summary>A SUBACK received from the broker.</summary>
    public class MqttMsgSubscribedEventArgs : EventArgs
    {
        /// <summary>Creates the event data.</summary>
        /// <param name="messageId">Identifier returned by Subscribe.</param>
        /// <param name="grantedQosLevels">Granted QoS per topic, or GrantedFailure.</param>
        public MqttMsgSubscribedEventArgs(ushort messageId, MqttQoSLevel[] grantedQosLevels)
        {
            MessageId = messageId;
            GrantedQoSLevels = grantedQosLevels;
        }

        /// <summary>Identifier returned by Subscribe.</summary>
        public ushort MessageId { get; internal set; }

        /// <summary>Granted QoS per topic, in request order; GrantedFailure where refused.</summary>
        public MqttQoSLevel[] GrantedQoSLevels { get; internal set; }
    }
}
