// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Messages
{
    /// <summary>An UNSUBACK received from the broker.</summary>
    public class MqttMsgUnsubscribedEventArgs : EventArgs
    {
        /// <summary>Creates the event data.</summary>
        /// <param name="messageId">Identifier returned by Unsubscribe.</param>
        public MqttMsgUnsubscribedEventArgs(ushort messageId)
        {
            MessageId = messageId;
        }

        /// <summary>Identifier returned by Unsubscribe.</summary>
        public ushort MessageId { get; internal set; }
    }
}
