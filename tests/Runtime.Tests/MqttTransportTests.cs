// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using System.Threading;
using nanoFramework.HostEmulation.Board;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Runtime.Tests.Support;
using Shared.Runtime.Network;
using Shared.Runtime.Platform;
using TestSupport;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>The MQTT adapter against a real mosquitto: status, subscriptions, survival of a broker restart.</summary>
    public sealed class MqttTransportTests
    {
        private const string Status = "okf/v1/test/status";
        private const string Commands = "okf/v1/test/cmd";

        private sealed class Sink : IInboundSink
        {
            public readonly ConcurrentQueue<string> Messages = new ConcurrentQueue<string>();
            public int Ups;
            public int Downs;

            public void OnMessage(string topic, byte[] payload, bool retained)
            {
                Messages.Enqueue(topic + "=" + Encoding.UTF8.GetString(payload) + (retained ? " (retained)" : string.Empty));
            }

            public void OnConnectionChanged(bool connected)
            {
                if (connected)
                {
                    Interlocked.Increment(ref Ups);
                }
                else
                {
                    Interlocked.Increment(ref Downs);
                }
            }
        }

        [Fact]
        public void TransportAnnouncesOnlineSubscribesAndComesBackAfterABrokerRestart()
        {
            using MosquittoBroker broker = new MosquittoBroker();
            using BoardScope scope = VirtualBoard.Install();
            Sink sink = new Sink();
            SystemClock clock = new SystemClock();
            MqttTransport transport = new MqttTransport(broker.Host, broker.Port, false, new SeededRandom(4), new ListLog());
            transport.Start("okf-test", Status, new[] { Commands }, sink);
            bool running = true;
            Thread network = new Thread(() =>
            {
                while (Volatile.Read(ref running))
                {
                    transport.Poll(clock.NowMilliseconds);
                    Thread.Sleep(20);
                }
            });
            network.Start();
            try
            {
                Wait.For(() => transport.IsConnected, "first connection");
                Assert.Equal("online", ReadRetained(broker, Status));
                Publish(broker, Commands, "hello");
                Wait.For(() => sink.Messages.Contains(Commands + "=hello"), "command delivered");

                broker.Stop();
                Wait.For(() => !transport.IsConnected && sink.Downs == 1, "connection lost");
                Assert.False(transport.Publish(Commands, new byte[] { 1 }, 1, false));
                broker.Start();

                Wait.For(() => transport.IsConnected && sink.Ups == 2, "reconnection");
                Assert.Equal("online", ReadRetained(broker, Status));
                Publish(broker, Commands, "again");
                Wait.For(() => sink.Messages.Contains(Commands + "=again"), "subscription restored");
            }
            finally
            {
                Volatile.Write(ref running, false);
                network.Join();
                transport.Stop();
            }
        }

        [Fact]
        public void ALostConnectionLeavesTheRetainedOfflineWill()
        {
            using MosquittoBroker broker = new MosquittoBroker();
            Sink sink = new Sink();
            SystemClock clock = new SystemClock();
            MqttTransport transport = new MqttTransport(broker.Host, broker.Port, false, new SeededRandom(6), new ListLog());
            transport.Start("okf-will", Status, new[] { Commands }, sink);
            transport.Poll(clock.NowMilliseconds);
            Assert.True(transport.IsConnected);
            Assert.Equal("online", ReadRetained(broker, Status));

            // Another client taking over the id drops the device without a DISCONNECT, as a power cut would.
            MqttClient intruder = new MqttClient(broker.Host, broker.Port, false, null, null, MqttSslProtocols.None);
            intruder.Connect("okf-will");
            Wait.For(() => !transport.IsConnected, "connection lost");
            intruder.Disconnect();

            Assert.Equal("offline", ReadRetained(broker, Status));
            transport.Stop();
        }

        private static void Publish(MosquittoBroker broker, string topic, string text)
        {
            MqttClient client = new MqttClient(broker.Host, broker.Port, false, null, null, MqttSslProtocols.None);
            client.Connect("owner-" + System.Guid.NewGuid().ToString("N").Substring(0, 8));
            client.Publish(topic, Encoding.UTF8.GetBytes(text), null, null, MqttQoSLevel.AtLeastOnce, false);
            client.Disconnect();
        }

        private static string ReadRetained(MosquittoBroker broker, string topic)
        {
            ConcurrentQueue<string> got = new ConcurrentQueue<string>();
            MqttClient client = new MqttClient(broker.Host, broker.Port, false, null, null, MqttSslProtocols.None);
            client.MqttMsgPublishReceived += (s, e) => got.Enqueue(Encoding.UTF8.GetString(e.Message));
            client.Connect("watcher-" + System.Guid.NewGuid().ToString("N").Substring(0, 8));
            client.Subscribe(new[] { topic }, new[] { MqttQoSLevel.AtLeastOnce });
            string value = null;
            Wait.For(() => got.TryDequeue(out value), "retained " + topic);
            client.Disconnect();
            return value;
        }
    }
}
