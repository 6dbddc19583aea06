// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Messages
{
    /// <summary>The outcome of a Publish: acknowledged by the broker, or given up.</summary>
    public class MqttMsgPublishedEventArgs : EventArgs
    {
        /// <summary>Creates the event data for a published message.</summary>
        /// <param name="messageId">Identifier returned by Publish.</param>
        public MqttMsgPublishedEventArgs(ushort messageId)
            : this(messageId, true)
        {
        }

        /// <summary>Creates the event data.</summary>
        /// <param name="messageId">Identifier returned by Publish.</param>
        /// <param name="isPublished">False when the connection ended before the acknowledgement.</param>
        public MqttMsgPublishedEventArgs(ushort messageId, bool isPublished)
        {
            MessageId = messageId;
            IsPublished = isPublished;
        }

        /// <summary>Gets or sets the identifier returned by Publish (settable, as upstream).</summary>
        public ushort MessageId { get; set; }

        /// <summary>Gets or sets whether the broker acknowledged it (or it was sent, for QoS 0).</summary>
        public bool IsPublished { get; set; }
    }
}
