// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;
using TestSupport;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>The host client against a real mosquitto on loopback.</summary>
    public class MosquittoClientTests : IClassFixture<BrokerFixture>
    {
        private readonly MosquittoBroker _broker;

        public MosquittoClientTests(BrokerFixture fixture)
        {
            _broker = fixture.Broker;
        }

        [Fact]
        public void ConnectReturnsSuccessFromConnack()
        {
            MqttClient client = NewClient();
            Assert.Equal(MqttReasonCode.Success, client.Connect("connect-test"));
            Assert.True(client.IsConnected);
            Assert.Equal("connect-test", client.ClientId);
            Assert.Equal(MqttProtocolVersion.Version_3_1_1, client.ProtocolVersion);
            client.Disconnect();
        }

        [Theory]
        [InlineData(MqttQoSLevel.AtMostOnce)]
        [InlineData(MqttQoSLevel.AtLeastOnce)]
        [InlineData(MqttQoSLevel.ExactlyOnce)]
        public void PublishReachesASubscriberOfAnotherClient(MqttQoSLevel qos)
        {
            string topic = "roundtrip/" + (int)qos;
            MqttClient subscriber = NewClient();
            Recorder subscriberEvents = new Recorder(subscriber);
            subscriber.Connect("sub-" + (int)qos);
            ushort subscribeId = subscriber.Subscribe(new[] { topic }, new[] { qos });
            MqttMsgSubscribedEventArgs suback = Recorder.Next(subscriberEvents.Subscribed);
            Assert.Equal(subscribeId, suback.MessageId);
            Assert.Equal(new[] { qos }, suback.GrantedQoSLevels);

            MqttClient publisher = NewClient();
            Recorder publisherEvents = new Recorder(publisher);
            publisher.Connect("pub-" + (int)qos);
            ushort messageId = publisher.Publish(topic, Encoding.UTF8.GetBytes("ding"), null, null, qos, false);

            MqttMsgPublishedEventArgs published = Recorder.Next(publisherEvents.Published);
            Assert.Equal(messageId, published.MessageId);
            Assert.True(published.IsPublished);
            MqttMsgPublishEventArgs received = Recorder.Next(subscriberEvents.Received);
            Assert.Equal(topic, received.Topic);
            Assert.Equal("ding", Encoding.UTF8.GetString(received.Message));
            Assert.Equal(qos, received.QosLevel);
            Assert.False(received.Retain);

            ushort unsubscribeId = subscriber.Unsubscribe(new[] { topic });
            Assert.Equal(unsubscribeId, Recorder.Next(subscriberEvents.Unsubscribed).MessageId);
            publisher.Disconnect();
            subscriber.Disconnect();
        }

        [Fact]
        public void ALateSubscriberGetsTheRetainedMessageFlaggedRetained()
        {
            MqttClient publisher = NewClient();
            Recorder publisherEvents = new Recorder(publisher);
            publisher.Connect("retain-pub");
            publisher.Publish("retained/state", Encoding.UTF8.GetBytes("closed"), null, null, MqttQoSLevel.AtLeastOnce, true);
            Assert.True(Recorder.Next(publisherEvents.Published).IsPublished);
            publisher.Disconnect();

            MqttClient late = NewClient();
            Recorder lateEvents = new Recorder(late);
            late.Connect("retain-late");
            late.Subscribe(new[] { "retained/#" }, new[] { MqttQoSLevel.AtLeastOnce });
            MqttMsgPublishEventArgs received = Recorder.Next(lateEvents.Received);
            Assert.Equal("retained/state", received.Topic);
            Assert.Equal("closed", Encoding.UTF8.GetString(received.Message));
            Assert.True(received.Retain);
            late.Disconnect();
        }

        [Fact]
        public void TheLastWillIsPublishedWhenTheSocketDiesWithoutDisconnect()
        {
            MqttClient watcher = NewClient();
            Recorder watcherEvents = new Recorder(watcher);
            watcher.Connect("will-watcher");
            watcher.Subscribe(new[] { "will/dying" }, new[] { MqttQoSLevel.AtLeastOnce });
            Recorder.Next(watcherEvents.Subscribed);

            MqttClient dying = NewClient();
            Assert.Equal(MqttReasonCode.Success, dying.Connect("will-dying", null, null, false, MqttQoSLevel.AtLeastOnce, true, "will/dying", "offline", true, 60));
            dying.Close(); // TCP close without DISCONNECT, as when the device loses power.

            MqttMsgPublishEventArgs will = Recorder.Next(watcherEvents.Received);
            Assert.Equal("will/dying", will.Topic);
            Assert.Equal("offline", Encoding.UTF8.GetString(will.Message));
            watcher.Disconnect();
        }

        [Fact]
        public void DisconnectIsCleanTheWillIsDiscardedAndConnectionClosedFires()
        {
            MqttClient watcher = NewClient();
            Recorder watcherEvents = new Recorder(watcher);
            watcher.Connect("clean-watcher");
            watcher.Subscribe(new[] { "will/clean" }, new[] { MqttQoSLevel.AtLeastOnce });
            Recorder.Next(watcherEvents.Subscribed);

            MqttClient leaving = NewClient();
            Recorder leavingEvents = new Recorder(leaving);
            leaving.Connect("clean-leaving", null, null, false, MqttQoSLevel.AtLeastOnce, true, "will/clean", "offline", true, 60);
            leaving.Disconnect();
            Assert.True(leavingEvents.Closed.Wait(Recorder.Patience));
            Assert.False(leaving.IsConnected);
            leaving.Disconnect(); // A second Disconnect is harmless.

            // The broker handles one client's packets in order: a marker sent after the disconnect proves no will came first.
            watcher.Publish("will/clean", Encoding.UTF8.GetBytes("marker"), null, null, MqttQoSLevel.AtLeastOnce, false);
            Assert.Equal("marker", Encoding.UTF8.GetString(Recorder.Next(watcherEvents.Received).Message));
            watcher.Disconnect();
        }

        [Fact]
        public void KeepAlivePingsKeepAnIdleConnectionUp()
        {
            MqttClient idle = NewClient();
            Recorder idleEvents = new Recorder(idle);
            idle.Connect("idle", null, null, true, 1);

            // mosquitto drops a client silent for 1.5 keep-alive periods; three answered pings span more than that.
            SpinWait.SpinUntil(() => idle.PingResponsesReceived >= 3 || idleEvents.Closed.IsSet, Recorder.Patience);
            Assert.True(idle.PingResponsesReceived >= 3);
            Assert.False(idleEvents.Closed.IsSet);
            Assert.True(idle.IsConnected);

            idle.Subscribe(new[] { "idle/echo" }, new[] { MqttQoSLevel.AtMostOnce });
            Recorder.Next(idleEvents.Subscribed);
            idle.Publish("idle/echo", Encoding.UTF8.GetBytes("still here"));
            Assert.Equal("still here", Encoding.UTF8.GetString(Recorder.Next(idleEvents.Received).Message));
            idle.Disconnect();
        }

        [Fact]
        public void ConnectToAClosedPortThrowsMqttConnectionException()
        {
            TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();

            MqttClient client = new MqttClient(MosquittoBroker.LoopbackHost, closedPort, false, null, null, MqttSslProtocols.None);
            Assert.Throws<MqttConnectionException>(() => client.Connect("nobody-home"));
            Assert.False(client.IsConnected);
        }

        [Fact]
        public void PublishingWhileDisconnectedThrowsInsteadOfQueueingForever()
        {
            MqttClient client = NewClient();
            Assert.Throws<MqttCommunicationException>(() => client.Publish("x/y", new byte[1]));
        }

        [Fact]
        public void Mqtt5OnlyArgumentsAreRefusedOn311()
        {
            MqttClient client = NewClient();
            client.Connect("v5-args");
            Assert.Throws<NotSupportedException>(() => client.Publish("x/y", new byte[1], "text/plain"));
            Assert.Throws<NotSupportedException>(() => client.Publish("x/y", new byte[1], null, new System.Collections.ArrayList { "p" }));
            Assert.Throws<MqttClientException>(() => client.Publish("x/+", new byte[1]));
            client.Disconnect();
        }

        private MqttClient NewClient()
        {
            return new MqttClient(_broker.Host, _broker.Port, false, null, null, MqttSslProtocols.None);
        }
    }
}
