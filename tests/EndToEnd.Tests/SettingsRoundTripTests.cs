// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Text.Json;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>
    /// Settings round trips with the okf executable against both firmwares through mosquitto: a change answers what
    /// is in force after the device clamped it, a later read shows the same, and only an admin gets either.
    /// </summary>
    public sealed class SettingsRoundTripTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public SettingsRoundTripTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void GarageSettingsChangeIsClampedByTheFirmwareAndReadsBackTheSame()
        {
            OkfRun changed = OkfProcess.Run(_world.Admin, "garage", "settings", "--set", "warning-ms=1000", "--set", "auto-close-minutes=20");
            Assert.True(changed.Code == 0, changed.ToString());

            // 16 CFR 1211.14: the device never lets the close warning go below 5 s, whatever was asked.
            Assert.Contains("warning-ms           5000", changed.Output);
            Assert.Contains("auto-close-minutes   20", changed.Output);

            OkfRun read = OkfProcess.Run(_world.Admin, "garage", "settings", "--json");
            Assert.True(read.Code == 0, read.ToString());
            using JsonDocument doc = JsonDocument.Parse(read.Output);
            Assert.Equal(5000, doc.RootElement.GetProperty("warning-ms").GetInt32());
            Assert.Equal(20, doc.RootElement.GetProperty("auto-close-minutes").GetInt32());
            Assert.Equal("toggle-only", doc.RootElement.GetProperty("opener").GetString());
        }

        [Fact]
        public void DoorbellSettingsChangeIsClampedByTheFirmwareAndReadsBackTheSame()
        {
            OkfRun changed = OkfProcess.Run(_world.Admin, "doorbell", "settings", "--set", "ring-burst=50", "--set", "chime-pattern=triple");
            Assert.True(changed.Code == 0, changed.ToString());
            Assert.Contains("ring-burst           10", changed.Output);
            Assert.Contains("chime-pattern        triple", changed.Output);
            OkfRun read = OkfProcess.Run(_world.Admin, "doorbell", "settings");
            Assert.Equal(changed.Output, read.Output);
        }

        [Fact]
        public void AMemberIsForbiddenToReadTheGarageSettings()
        {
            using Owner member = new Owner(_world.Broker);
            member.Pair(_world.Garage, PairedWorld.GarageName, _world.Admin);
            OkfRun run = OkfProcess.Run(member, "garage", "settings");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("Forbidden", run.Error);
        }
    }
}
