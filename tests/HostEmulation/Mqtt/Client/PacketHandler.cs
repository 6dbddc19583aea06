// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.HostEmulation.Mqtt.Protocol;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>
    /// Handles one complete packet from the broker on the receive thread. Returns false for anything a
    /// server must not send or sends malformed; the session then closes the connection.
    /// </summary>
    internal static class PacketHandler
    {
        internal static bool Handle(MqttSession session, byte[] buffer, int offset, FrameHeader header)
        {
            int count = header.FrameLength;
            if (!session.HasConnack)
            {
                // [MQTT-3.2.0-1]: the first packet from the server is CONNACK.
                if (header.Type != MqttSpec.Connack || !ConnackPacket.TryDecode(buffer, offset, count, out ConnackPacket connack))
                {
                    return false;
                }

                session.OnConnack(connack);
                return true;
            }

            try
            {
                switch (header.Type)
                {
                    case MqttSpec.Publish:
                        return PublishPacket.TryDecode(buffer, offset, count, out PublishPacket publish) && OnPublish(session, publish);
                    case MqttSpec.Pubrel:
                        return PubrelPacket.TryDecode(buffer, offset, count, out PubrelPacket pubrel) && OnPubrel(session, pubrel.PacketId);
                    case MqttSpec.Puback:
                        return PubackPacket.TryDecode(buffer, offset, count, out PubackPacket puback) && OnPuback(session, puback.PacketId);
                    case MqttSpec.Pubrec:
                        return PubrecPacket.TryDecode(buffer, offset, count, out PubrecPacket pubrec) && OnPubrec(session, pubrec.PacketId);
                    case MqttSpec.Pubcomp:
                        return PubcompPacket.TryDecode(buffer, offset, count, out PubcompPacket pubcomp) && OnPubcomp(session, pubcomp.PacketId);
                    case MqttSpec.Suback:
                        return SubackPacket.TryDecode(buffer, offset, count, out SubackPacket suback) && OnSuback(session, suback);
                    case MqttSpec.Unsuback:
                        if (!UnsubackPacket.TryDecode(buffer, offset, count, out UnsubackPacket unsuback))
                        {
                            return false;
                        }

                        session.Owner.OnUnsubscribed(session, unsuback.PacketId);
                        return true;
                    case MqttSpec.Pingresp:
                        if (!PingrespPacket.TryDecode(buffer, offset, count, out PingrespPacket _))
                        {
                            return false;
                        }

                        session.OnPingResponse();
                        return true;
                    default:
                        // CONNECT, a second CONNACK, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT: client-to-server only.
                        return false;
                }
            }
            catch (MqttCommunicationException)
            {
                return false; // The answer could not be written: the session is already closing.
            }
        }

        private static bool OnPublish(MqttSession session, PublishPacket publish)
        {
            if (publish.Qos == 1)
            {
                session.Send(new PubackPacket { PacketId = publish.PacketId }.Encode());
            }
            else if (publish.Qos == 2)
            {
                bool first = session.Acks.BeginInboundExactlyOnce(publish.PacketId);
                session.Send(new PubrecPacket { PacketId = publish.PacketId }.Encode());
                if (!first)
                {
                    return true; // A re-sent PUBLISH before PUBREL: acknowledged again, delivered once.
                }
            }

            session.Owner.OnPublishReceived(session, publish);
            return true;
        }

        private static bool OnPubrel(MqttSession session, ushort packetId)
        {
            session.Acks.ReleaseInboundExactlyOnce(packetId);
            session.Send(new PubcompPacket { PacketId = packetId }.Encode());
            return true;
        }

        private static bool OnPuback(MqttSession session, ushort packetId)
        {
            if (session.Acks.TryCompleteQos1(packetId))
            {
                session.Owner.OnPublished(session, packetId, true);
            }

            return true; // An unknown identifier is stale, not hostile: ignore it.
        }

        private static bool OnPubrec(MqttSession session, ushort packetId)
        {
            if (session.Acks.TryReceivedQos2(packetId))
            {
                session.Send(new PubrelPacket { PacketId = packetId }.Encode());
            }

            return true;
        }

        private static bool OnPubcomp(MqttSession session, ushort packetId)
        {
            if (session.Acks.TryCompleteQos2(packetId))
            {
                session.Owner.OnPublished(session, packetId, true);
            }

            return true;
        }

        private static bool OnSuback(MqttSession session, SubackPacket suback)
        {
            // [MQTT-3.8.4-5]: one return code per requested filter.
            if (session.Acks.TryTakeSubscribe(suback.PacketId, out int filterCount) && filterCount != suback.ReturnCodes.Length)
            {
                return false;
            }

            MqttQoSLevel[] granted = new MqttQoSLevel[suback.ReturnCodes.Length];
            for (int i = 0; i < granted.Length; i++)
            {
                granted[i] = (MqttQoSLevel)suback.ReturnCodes[i];
            }

            session.Owner.OnSubscribed(session, suback.PacketId, granted);
            return true;
        }
    }
}
