// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using nanoFramework.HostEmulation.Mqtt.Client;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Exceptions;
using nanoFramework.M2Mqtt.Messages;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>The client against a scripted broker on loopback that misbehaves on purpose; time is a fake clock.</summary>
    public class ScriptedBrokerTests
    {
        [Fact]
        public void AnUnansweredPingClosesTheConnectionAfterOneKeepAlivePeriod()
        {
            using TcpListener listener = StartListener(out int port);
            FakeClock clock = new FakeClock();
            MqttClient client = new MqttClient("127.0.0.1", port, false, null, null, MqttSslProtocols.None) { Clock = clock };
            Recorder events = new Recorder(client);
            Socket broker = AcceptAndAccept(listener, client, 10);

            clock.Advance(10000);
            Assert.Equal(0xC0, ReadPacketType(broker)); // PINGREQ after one idle period; the broker stays silent.
            Assert.False(events.Closed.IsSet);
            clock.Advance(10000);
            Assert.True(events.Closed.Wait(Recorder.Patience), "ConnectionClosed did not fire after the unanswered ping.");
            Assert.False(client.IsConnected);
            broker.Dispose();
        }

        [Fact]
        public void AMalformedPacketFromTheBrokerClosesTheConnection()
        {
            using TcpListener listener = StartListener(out int port);
            MqttClient client = new MqttClient("127.0.0.1", port, false, null, null, MqttSslProtocols.None);
            Recorder events = new Recorder(client);
            Socket broker = AcceptAndAccept(listener, client, 60);

            broker.Send(Hex.Bytes("36 07 00 03 61 2F 62 00 01")); // PUBLISH with QoS 3
            Assert.True(events.Closed.Wait(Recorder.Patience));
            Assert.Empty(events.Received);
            broker.Dispose();
        }

        [Fact]
        public void NoConnackWithinTheTimeoutThrowsMqttCommunicationException()
        {
            using TcpListener listener = StartListener(out int port);

            // The timeout also bounds the TCP connect: it is long enough for a loaded machine to open the socket,
            // so only the missing CONNACK can trip it.
            MqttClient client = new MqttClient("127.0.0.1", port, false, null, null, MqttSslProtocols.None) { ConnectTimeoutMilliseconds = 2000 };
            Assert.Throws<MqttCommunicationException>(() => client.Connect("silent"));
            Assert.False(client.IsConnected);
        }

        private static TcpListener StartListener(out int port)
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            return listener;
        }

        // Runs Connect on a worker while this thread plays the broker: read CONNECT, answer CONNACK accepted.
        private static Socket AcceptAndAccept(TcpListener listener, MqttClient client, ushort keepAlive)
        {
            MqttReasonCode result = MqttReasonCode.UnspecifiedError;
            Thread connecting = new Thread(() => result = client.Connect("scripted", null, null, true, keepAlive));
            connecting.Start();
            Socket broker = listener.AcceptSocket();
            broker.ReceiveTimeout = (int)Recorder.Patience.TotalMilliseconds;
            Assert.Equal(0x10, ReadPacketType(broker));
            broker.Send(Hex.Bytes("20 02 00 00"));
            Assert.True(connecting.Join(Recorder.Patience));
            Assert.Equal(MqttReasonCode.Success, result);
            return broker;
        }

        // Reads one whole packet (remaining length below 128 is enough here) and returns its first byte.
        private static int ReadPacketType(Socket socket)
        {
            byte[] header = new byte[2];
            ReadExactly(socket, header);
            ReadExactly(socket, new byte[header[1]]);
            return header[0];
        }

        private static void ReadExactly(Socket socket, byte[] buffer)
        {
            int read = 0;
            while (read < buffer.Length)
            {
                int n = socket.Receive(buffer, read, buffer.Length - read, SocketFlags.None);
                Assert.True(n > 0, "The client closed the connection.");
                read += n;
            }
        }

        private sealed class FakeClock : IMqttClock
        {
            private long _now = 5000;

            public long NowMilliseconds => Interlocked.Read(ref _now);

            public void Advance(long milliseconds)
            {
                Interlocked.Add(ref _now, milliseconds);
            }
        }
    }
}
