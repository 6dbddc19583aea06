// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Runtime.Tests.Support;
using Shared.Runtime.Config;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// The shipped nanoff deployment files use nanoff's field names (nanoFirmwareFlasher reads them
    /// case-insensitively and ignores any other name, so a wrong name means config.txt silently never arrives).
    /// </summary>
    public sealed class DeployJsonTests
    {
        private static readonly string[] FileDeploymentFields = { "serialport", "files" };
        private static readonly string[] FileEntryFields = { "destinationfilepath", "sourcefilepath" };
        private static readonly string[] NetworkDeploymentFields =
        {
            "serialport", "wirelessclient", "wirelessaccesspoint", "ethernet", "devicecertificates",
            "devicecertificatespath", "cacertificates", "cacertificatespath",
        };

        [Fact]
        public void TheExampleDeployJsonPutsConfigTxtOnTheInternalDrive()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoRoot.File("hardware/deploy/deploy.json")));

            AssertOnlyKnownFields(doc.RootElement, FileDeploymentFields);
            JsonElement files = Property(doc.RootElement, "files");
            Assert.Equal(JsonValueKind.Array, files.ValueKind);
            JsonElement entry = Assert.Single(files.EnumerateArray());
            AssertOnlyKnownFields(entry, FileEntryFields);
            Assert.Equal("I:\\" + DeviceConfig.FileName, Property(entry, "destinationfilepath").GetString());
            Assert.Equal(DeviceConfig.FileName, Property(entry, "sourcefilepath").GetString());
        }

        [Fact]
        public void TheExampleNetworkJsonDeploysTheBrokerCaCertificate()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoRoot.File("hardware/deploy/network.json")));

            AssertOnlyKnownFields(doc.RootElement, NetworkDeploymentFields);
            Assert.False(string.IsNullOrEmpty(Property(doc.RootElement, "cacertificatespath").GetString()));
        }

        [Fact]
        public void TheExampleConfigTxtParsesWithoutABadLine()
        {
            DeviceConfig config = new DeviceConfig();
            ListLog log = new ListLog();

            Assert.Equal(0, config.TryParse(File.ReadAllText(RepoRoot.File("hardware/deploy/config.txt.example")), log));
            Assert.Equal(1883, config.BrokerPort);
        }

        [Theory]
        [InlineData("Shared.Runtime/README.md")]
        [InlineData("Doorbell.Firmware/Board/DeviceDefaults.cs")]
        [InlineData("GarageOpener.Firmware/Board/DeviceDefaults.cs")]
        [InlineData("README.md")]
        public void DocsNameNanoffsFieldsNotTheOldOnes(string path)
        {
            string text = File.ReadAllText(RepoRoot.File(path));

            Assert.DoesNotMatch(new Regex("\"(FileName|ContentFileName)\""), text);
            Assert.DoesNotContain("deployment address from --devicedetails", text);
            Assert.True(text.Contains("DestinationFilePath") || text.Contains("hardware/deploy"), path + " does not point at the real schema");
        }

        [Fact]
        public void TheFieldCheckRejectsTheOldFieldNames()
        {
            using JsonDocument old = JsonDocument.Parse("{ \"SerialPort\": \"COM5\", \"Files\": [ { \"FileName\": \"I:\\\\config.txt\", \"ContentFileName\": \"config.txt\" } ] }");
            JsonElement entry = Property(old.RootElement, "files").EnumerateArray().Single();

            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertOnlyKnownFields(entry, FileEntryFields));
        }

        private static void AssertOnlyKnownFields(JsonElement element, string[] known)
        {
            Assert.Equal(JsonValueKind.Object, element.ValueKind);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                Assert.Contains(property.Name.ToLowerInvariant(), known);
            }
        }

        private static JsonElement Property(JsonElement element, string lowerName)
        {
            return element.EnumerateObject().Single(p => p.Name.ToLowerInvariant() == lowerName).Value;
        }
    }
}
