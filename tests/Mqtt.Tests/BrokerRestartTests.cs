// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Text;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using TestSupport;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>Stops the broker under a connected client: a class of its own so it owns its broker.</summary>
    public class BrokerRestartTests : IClassFixture<BrokerFixture>
    {
        private readonly MosquittoBroker _broker;

        public BrokerRestartTests(BrokerFixture fixture)
        {
            _broker = fixture.Broker;
        }

        [Fact]
        public void BrokerStopFiresConnectionClosedAndTheClientReconnectsAfterRestart()
        {
            MqttClient client = new MqttClient(_broker.Host, _broker.Port, false, null, null, MqttSslProtocols.None);
            Recorder events = new Recorder(client);
            Assert.Equal(MqttReasonCode.Success, client.Connect("restart", null, null, true, 60));
            ushort pending;
            try
            {
                _broker.Stop();
                Assert.True(events.Closed.Wait(Recorder.Patience), "ConnectionClosed did not fire after the broker stopped.");
                Assert.False(client.IsConnected);
            }
            finally
            {
                _broker.Start();
            }

            Assert.Equal(MqttReasonCode.Success, client.Connect("restart", null, null, true, 60));
            Assert.True(client.IsConnected);
            client.Subscribe(new[] { "restart/echo" }, new[] { MqttQoSLevel.AtLeastOnce });
            pending = client.Publish("restart/echo", Encoding.UTF8.GetBytes("back"), null, null, MqttQoSLevel.AtLeastOnce, false);
            Assert.Equal(pending, Recorder.Next(events.Published).MessageId);
            Assert.Equal("back", Encoding.UTF8.GetString(Recorder.Next(events.Received).Message));
            client.Disconnect();
        }
    }
}
