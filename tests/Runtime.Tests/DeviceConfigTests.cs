// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using System.Text;
using Runtime.Tests.Support;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Xunit;

namespace Runtime.Tests
{
    public sealed class DeviceConfigTests
    {
        [Fact]
        public void EncodedConfigurationParsesBackToTheSameValues()
        {
            DeviceConfig original = new DeviceConfig
            {
                WifiSsid = "home", WifiPassword = "correct horse", BrokerHost = "10.0.0.2", BrokerPort = 8883,
                BrokerTls = true, BrokerUser = "3f2a9c0d11e4b587", BrokerPassword = "s3cret pass", BrokerCaPath = "ca.crt",
                DeviceName = "garage-1", DeviceKind = "garage",
            };
            DeviceConfig parsed = new DeviceConfig();

            Assert.Equal(0, parsed.TryParse(original.Encode(), new ListLog()));

            Assert.Equal(original.Encode(), parsed.Encode());
            Assert.True(parsed.Validate(new ListLog()));
        }

        [Fact]
        public void APasswordWithoutAUserOrACaWithoutTlsDoesNotValidate()
        {
            ListLog log = new ListLog();
            DeviceConfig config = new DeviceConfig { BrokerHost = "broker.lan", BrokerPassword = "pw", BrokerCaPath = "ca.crt" };

            Assert.False(config.Validate(log));

            Assert.Contains(log.Lines, l => l.Contains("broker.password needs broker.user"));
            Assert.Contains(log.Lines, l => l.Contains("broker.ca is set but broker.tls is false"));
            Assert.DoesNotContain(log.Lines, l => l.Contains("pw") && !l.Contains("password"));
        }

        [Fact]
        public void BrokerCredentialsAndCaComeFromConfigTxt()
        {
            DeviceConfig config = new DeviceConfig();

            Assert.Equal(0, config.TryParse("broker.user = dev1\nbroker.password=a=b c\nbroker.ca=ca.crt\n", new ListLog()));

            Assert.Equal(("dev1", "a=b c", "ca.crt"), (config.BrokerUser, config.BrokerPassword, config.BrokerCaPath));
        }

        [Fact]
        public void BadLinesAreReportedWithTheirNumberAndGoodLinesStillApply()
        {
            ListLog log = new ListLog();
            DeviceConfig config = new DeviceConfig();
            string text = "# comment\nbroker.host = broker.lan\nbroker.port=99999\nnonsense\ncolour=blue\nbroker.tls=maybe\n\nwifi.ssid=net\n";

            int errors = config.TryParse(text, log);

            Assert.Equal(4, errors);
            Assert.Equal("broker.lan", config.BrokerHost);
            Assert.Equal(DeviceConfig.DefaultPort, config.BrokerPort);
            Assert.Equal("net", config.WifiSsid);
            Assert.Contains(log.Lines, l => l.StartsWith("config: line 3:") && l.Contains("broker.port"));
            Assert.Contains(log.Lines, l => l.StartsWith("config: line 4:"));
            Assert.Contains(log.Lines, l => l.StartsWith("config: line 5:") && l.Contains("colour"));
            Assert.Contains(log.Lines, l => l.StartsWith("config: line 6:") && l.Contains("broker.tls"));
        }

        [Fact]
        public void MissingBrokerAndShortPasswordFailValidationWithClearLines()
        {
            ListLog log = new ListLog();
            DeviceConfig config = new DeviceConfig { WifiPassword = "short" };

            Assert.False(config.Validate(log));

            Assert.Contains(log.Lines, l => l.Contains("broker.host is not set"));
            Assert.Contains(log.Lines, l => l.Contains("wifi.password"));
        }

        [Fact]
        public void DefaultsHaveNoPassword()
        {
            DeviceConfig config = new DeviceConfig();
            Assert.Equal(string.Empty, config.WifiPassword);
        }

        [Fact]
        public void LoadReadsConfigTxtFromTheStorageRootAndRefusesAnOversizedFile()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            DeviceConfig config = new DeviceConfig();
            Assert.Equal(0, config.Load(medium, new ListLog()));

            medium.SetRaw(DeviceConfig.FileName, Encoding.UTF8.GetBytes("broker.host=mqtt.lan\r\nbroker.port=1884\r\n"));
            Assert.Equal(0, config.Load(medium, new ListLog()));
            Assert.Equal("mqtt.lan", config.BrokerHost);
            Assert.Equal(1884, config.BrokerPort);

            ListLog log = new ListLog();
            medium.SetRaw(DeviceConfig.FileName, new byte[DeviceConfig.MaxFileSize + 1]);
            Assert.Equal(-1, config.Load(medium, log));
            Assert.Contains(log.Lines, l => l.Contains("larger than"));
        }

        [Fact]
        public void ArbitraryBytesNeverThrow()
        {
            System.Random random = new System.Random(5);
            for (int i = 0; i < 200; i++)
            {
                byte[] bytes = new byte[random.Next(0, 300)];
                random.NextBytes(bytes);
                MemoryStorageMedium medium = new MemoryStorageMedium();
                medium.SetRaw(DeviceConfig.FileName, bytes);
                new DeviceConfig().Load(medium, new ListLog());
            }
        }
    }
}
