// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Cli;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>Parsing, help and local argument checks (no broker involved).</summary>
    public sealed class CommandLineTests : IDisposable
    {
        private readonly Okf _okf = new Okf("127.0.0.1:1");

        [Fact]
        public void RootHelpListsEveryCommandAndEveryExitCode()
        {
            OkfRun run = _okf.Run("--help");
            Assert.Equal(0, run.Code);
            foreach (string command in new[] { "keygen", "pair", "qr", "devices", "garage", "doorbell", "watch", "keys", "invite", "pass", "audit" })
            {
                Assert.Contains(command, run.Output);
            }

            foreach (ExitCode code in Enum.GetValues<ExitCode>())
            {
                Assert.Contains(((int)code).ToString() + " ", ExitCodeHelp.Text);
            }
        }

        [Theory]
        [InlineData("garage", "open")]
        [InlineData("garage", "unlock-remote")]
        [InlineData("doorbell", "mute")]
        [InlineData("doorbell", "unlock")]
        [InlineData("keys", "rotate")]
        [InlineData("pass", "issue")]
        [InlineData("pass", "use")]
        public void EverySubcommandHasHelp(string group, string command)
        {
            OkfRun run = _okf.Run(group, command, "--help");
            Assert.Equal(0, run.Code);
            Assert.Contains("Usage:", run.Output);
            Assert.Contains("--timeout", run.Output);
        }

        [Fact]
        public void UnknownCommandIsAUsageError()
        {
            Assert.Equal((int)ExitCode.Usage, _okf.Run("garage", "explode").Code);
        }

        [Fact]
        public void MuteWithoutMinutesIsAUsageError()
        {
            Assert.Equal((int)ExitCode.Usage, _okf.Run("doorbell", "mute").Code);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("1441")]
        [InlineData("ten")]
        public void MuteOutsideItsRangeIsRefusedLocally(string minutes)
        {
            OwnerToolException e = Assert.Throws<OwnerToolException>(() =>
                DeviceActions.EncodeArgument(DeviceActions.Find(DeviceActions.Doorbell, "mute"), minutes));
            Assert.Equal(ExitCode.Usage, e.Code);
            Assert.Contains("between 1 and 1440", e.Message);
        }

        [Fact]
        public void StrikeSecondsAreEncodedAsOneByteAndMinutesAsTwoBigEndian()
        {
            Assert.Equal(new byte[] { 7 }, DeviceActions.EncodeArgument(DeviceActions.Find(DeviceActions.Doorbell, "unlock"), "7"));
            Assert.Equal(new byte[] { 0x01, 0x2C }, DeviceActions.EncodeArgument(DeviceActions.Find(DeviceActions.Doorbell, "mute"), "300"));
            Assert.Throws<OwnerToolException>(() => DeviceActions.EncodeArgument(DeviceActions.Find(DeviceActions.Doorbell, "unlock"), "11"));
        }

        [Fact]
        public void MalformedBrokerAddressIsAUsageError()
        {
            OkfRun run = new Okf("nohost:notaport").Run("devices");
            Assert.Equal((int)ExitCode.Usage, run.Code);
            Assert.Contains("--broker", run.Error);
        }

        [Theory]
        [InlineData("90s", 90)]
        [InlineData("30m", 1800)]
        [InlineData("2h", 7200)]
        [InlineData("7d", 604800)]
        [InlineData("45", 45)]
        public void DurationsParseWithTheirUnit(string text, int seconds)
        {
            Assert.True(DurationText.TryParse(text, out TimeSpan value));
            Assert.Equal(seconds, (int)value.TotalSeconds);
        }

        [Theory]
        [InlineData("")]
        [InlineData("2x")]
        [InlineData("-5m")]
        [InlineData("h")]
        public void BadDurationsAreRejected(string text)
        {
            Assert.False(DurationText.TryParse(text, out _));
        }

        [Fact]
        public void BrokerUnreachableHasItsOwnExitCode()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            var client = new OwnerClient(new ToolSettings { BrokerHost = "127.0.0.1", BrokerPort = 1, KeyFile = _okf.KeyFile });
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => client.Connect());
            Assert.Equal(ExitCode.BrokerUnreachable, e.Code);
            Assert.Contains("127.0.0.1:1", e.Message);
        }

        public void Dispose() => _okf.Dispose();
    }
}
