// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text.Json;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf doorbell settings: read in words, change one field (read-modify-write of the 19-byte layout).</summary>
    public sealed class DoorbellSettingsTests : IClassFixture<BrokerFixture>, IDisposable
    {
        // DEVICES.md §3.4 defaults: 60 ms, 30 ms, burst 3, 20000 ms, chime on, single, 200 ms, motion on, 60000 ms, off.
        private static readonly byte[] Defaults = Hex.TryDecode("003c001e0300004e200100" + "00c8" + "01" + "0000ea60" + "00", SettingsText.Doorbell.Size);
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public DoorbellSettingsTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "doorbell");
            _device.ResultData[SettingsText.Doorbell.Action] = Defaults;
            _okf.KeygenAndPair(_device, "front");
        }

        [Fact]
        public void ReadingPrintsEveryFieldInWordsAndSendsNoArguments()
        {
            OkfRun run = _okf.Run("doorbell", "settings");
            Assert.True(run.Code == 0, run.ToString());
            Assert.Contains("min-press-ms         60", run.Output);
            Assert.Contains("ring-refill-ms       20000", run.Output);
            Assert.Contains("chime-pattern        single", run.Output);
            Assert.Contains("camera-on-motion     off", run.Output);
            Assert.Empty(_device.LastArguments[SettingsText.Doorbell.Action]);
        }

        [Fact]
        public void SettingOneFieldSendsTheReadLayoutWithOnlyThatFieldChanged()
        {
            OkfRun run = _okf.Run("doorbell", "settings", "--set", "chime-pattern=double", "--set", "motion-interval-ms=120000");
            Assert.True(run.Code == 0, run.ToString());
            byte[] expected = (byte[])Defaults.Clone();
            expected[10] = 1;
            expected[14] = 0x00;
            expected[15] = 0x01;
            expected[16] = 0xd4;
            expected[17] = 0xc0;
            Assert.Equal(Hex.Encode(expected), Hex.Encode(_device.LastArguments[SettingsText.Doorbell.Action]));
        }

        [Fact]
        public void AnUnknownFieldOrValueIsAUsageErrorAndNothingIsChanged()
        {
            Assert.Equal((int)ExitCode.Usage, _okf.Run("doorbell", "settings", "--set", "volume=11").Code);
            Assert.Equal((int)ExitCode.Usage, _okf.Run("doorbell", "settings", "--set", "chime-pattern=quadruple").Code);
            Assert.Empty(_device.LastArguments[SettingsText.Doorbell.Action]);
        }

        [Fact]
        public void SettingsAndStatusJsonNameEveryField()
        {
            using (JsonDocument settings = JsonDocument.Parse(_okf.Run("doorbell", "settings", "--json").Output))
            {
                Assert.Equal(60, settings.RootElement.GetProperty("min-press-ms").GetInt32());
                Assert.Equal("on", settings.RootElement.GetProperty("chime").GetString());
                Assert.Equal("single", settings.RootElement.GetProperty("chime-pattern").GetString());
            }

            // DEVICES.md §3.2 vector doorbell.snapshot.muted_unlocked.
            _device.ResultData[0x20] = Hex.TryDecode("3b02581194" + "0000002a" + "0003" + "01" + "0002", 14);
            OkfRun run = _okf.Run("doorbell", "status", "--json");
            Assert.True(run.Code == 0, run.ToString());
            using JsonDocument status = JsonDocument.Parse(run.Output);
            JsonElement s = status.RootElement;
            Assert.Equal("front", s.GetProperty("device").GetString());
            Assert.Equal("doorbell", s.GetProperty("kind").GetString());
            Assert.True(s.GetProperty("muted").GetBoolean());
            Assert.Equal(600, s.GetProperty("muteSecondsLeft").GetInt32());
            Assert.True(s.GetProperty("strikeUnlocked").GetBoolean());
            Assert.Equal(4500, s.GetProperty("strikeMsLeft").GetInt32());
            Assert.Equal(42, s.GetProperty("lastEvent").GetInt64());
            Assert.Equal(3, s.GetProperty("rateLimitedPresses").GetInt32());
            Assert.Equal(1, s.GetProperty("queuedEvents").GetInt32());
            Assert.Equal(2, s.GetProperty("droppedEvents").GetInt32());
            Assert.False(s.GetProperty("doNotDisturb").GetBoolean());
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }
    }
}
