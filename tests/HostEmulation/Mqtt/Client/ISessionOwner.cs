// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>What a session reports to its client; the client turns these into queued events.</summary>
    internal interface ISessionOwner
    {
        void OnPublishReceived(MqttSession session, PublishPacket publish);

        void OnPublished(MqttSession session, ushort messageId, bool isPublished);

        void OnSubscribed(MqttSession session, ushort messageId, MqttQoSLevel[] granted);

        void OnUnsubscribed(MqttSession session, ushort messageId);

        void OnPingResponse();

        void OnSessionClosed(MqttSession session, bool wasEstablished);
    }
}
