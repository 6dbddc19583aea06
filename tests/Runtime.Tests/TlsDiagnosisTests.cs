// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using nanoFramework.M2Mqtt.Messages;
using Runtime.Tests.Support;
using Shared.Runtime.Network;
using Xunit;

namespace Runtime.Tests
{
    public sealed class TlsDiagnosisTests
    {
        [Theory]
        [InlineData(1970, false)]
        [InlineData(2020, false)]
        [InlineData(2021, true)]
        [InlineData(2026, true)]
        public void TheClockCountsAsSetFrom2021(int year, bool set)
        {
            Assert.Equal(set, TlsDiagnosis.IsClockSet(new DateTime(year, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
        }

        [Fact]
        public void AFailedHandshakeWithoutAConfiguredCaPointsAtTheNetworkDeployment()
        {
            string line = TlsDiagnosis.ConnectFailed("broker.lan", 8883, new IOException("handshake"), false);

            Assert.Contains("broker.lan:8883", line);
            Assert.Contains("IOException: handshake", line);
            Assert.Contains("nanoff --networkdeployment", line);
        }

        [Fact]
        public void ALoginRefusalSaysWhichSettingToCheck()
        {
            Assert.Contains("set broker.user", TlsDiagnosis.RefusalHint((MqttReasonCode)5, false));
            Assert.Contains("check broker.user and broker.password", TlsDiagnosis.RefusalHint((MqttReasonCode)4, true));
            Assert.Equal(string.Empty, TlsDiagnosis.RefusalHint((MqttReasonCode)3, true));
        }

        [Fact]
        public void AMissingCaFileFallsBackToTheDeployedStoreAndSaysSo()
        {
            Shared.Runtime.Config.DeviceConfig config = new Shared.Runtime.Config.DeviceConfig { BrokerTls = true, BrokerCaPath = "ca.crt" };
            ListLog log = new ListLog();

            Assert.Null(Shared.Runtime.Device.DeviceBoot.LoadCaCertificate(config, new Shared.Crypto.Storage.MemoryStorageMedium(), log));

            Assert.Contains(log.Lines, l => l.Contains("broker.ca file 'ca.crt'") && l.Contains("networkdeployment"));
        }
    }
}
