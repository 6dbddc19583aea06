// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>Someone with full broker access injects messages: the tool stores nothing false and takes no forged answer.</summary>
    public sealed class HostileBrokerTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;
        private readonly MqttClient _attacker;

        public HostileBrokerTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            _attacker = new MqttClient(broker.Broker.Host, broker.Broker.Port, false, null, null, MqttSslProtocols.None);
            _attacker.Connect("attacker-" + Guid.NewGuid().ToString("N"));
        }

        [Fact]
        public void APairingResponseNotMadeByThePinnedDeviceIsRejectedAndNothingIsStored()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            byte[] deviceId = _device.Identity.DeviceId;
            _attacker.MqttMsgPublishReceived += (sender, e) =>
            {
                // Echo everything a real response echoes; only the tag (which needs the device's key) is guessed.
                var forged = new PairingResponse { Reason = ReasonCode.Done, KeyId = 1, Role = Shared.Crypto.Keys.OwnerRole.Admin, CounterStart = 1 };
                Array.Copy(deviceId, forged.DeviceId, deviceId.Length);
                Array.Copy(e.Message, PairingRequest.OffsetOwnerNonce, forged.OwnerNonce, 0, ProtocolConstants.OwnerNonceSize);
                byte[] bytes = new byte[ProtocolConstants.PairingResponseSize];
                forged.EncodeUnsigned(bytes, 0);
                _attacker.Publish(ProtocolTopics.PairingResponse(deviceId), bytes);
            };
            Subscribe(ProtocolTopics.PairingRequest(deviceId));

            OkfRun run = _okf.Run("pair", _device.Uri, "--timeout", "2");
            Assert.Equal((int)ExitCode.VerificationFailed, run.Code);
            Assert.Contains("did not make", run.Error);
            Assert.Empty(new KeyStore(_okf.KeyFile).Load().Devices);
        }

        [Fact]
        public void ForgedResultsOnTheReplyTopicAreNotTakenAsTheAnswer()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            Assert.Equal(0, _okf.Run("pair", _device.Uri).Code);
            PairedDevice entry = new KeyStore(_okf.KeyFile).Load().Devices.Single();
            byte[] deviceId = _device.Identity.DeviceId;
            string replyTopic = ProtocolTopics.OwnerOutbound(deviceId, (byte)entry.KeyId);
            _attacker.MqttMsgPublishReceived += (sender, e) =>
            {
                // A "Done" result under the right header with a random body and tag, sent before the device answers.
                byte[] forged = new byte[ProtocolConstants.DeviceHeaderSize + ProtocolConstants.ResultPrefixSize + ProtocolConstants.TagSize];
                new SecureRandomSource().NextBytes(forged);
                var header = new DeviceMessage { Type = MessageType.Result, KeyId = (byte)entry.KeyId, Counter = 1000 };
                Array.Copy(deviceId, header.DeviceId, deviceId.Length);
                header.EncodeHeader(forged, 0);
                _attacker.Publish(replyTopic, forged);
            };
            Subscribe(ProtocolTopics.Command(deviceId));
            _device.Reasons[0x21] = 0x42;

            OkfRun run = _okf.Run("garage", "open");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("LockedOut", run.Error);
        }

        private void Subscribe(string topic)
        {
            // Wait for the SUBACK so the attacker is in place before okf sends anything.
            using var acknowledged = new ManualResetEventSlim();
            _attacker.MqttMsgSubscribed += (sender, e) => acknowledged.Set();
            _attacker.Subscribe(new[] { topic }, new[] { MqttQoSLevel.AtLeastOnce });
            Assert.True(acknowledged.Wait(TimeSpan.FromSeconds(10)), "no SUBACK");
        }

        public void Dispose()
        {
            _attacker.Dispose();
            _device.Dispose();
            _okf.Dispose();
        }
    }
}
