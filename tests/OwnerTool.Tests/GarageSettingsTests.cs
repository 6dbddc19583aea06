// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text.Json;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf garage settings: the same settings command as the doorbell's over the garage's 12-byte layout (DEVICES.md §2.4).</summary>
    public sealed class GarageSettingsTests : IClassFixture<BrokerFixture>, IDisposable
    {
        // DEVICES.md §2.4 vector garage.settings.custom: 750, 2000, 10000, 5000, 8000 ms, 15 min, separate buttons.
        private static readonly byte[] Custom = Hex.TryDecode("02ee07d027101388" + "1f40" + "0f01", 12);
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public GarageSettingsTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            _device.ResultData[SettingsText.Garage.Action] = Custom;
            _okf.KeygenAndPair(_device, "garage");
        }

        [Fact]
        public void ReadingSendsNoArgumentsAndPrintsEveryFieldInWords()
        {
            OkfRun run = _okf.Run("garage", "settings");
            Assert.True(run.Code == 0, run.ToString());
            Assert.Contains("pulse-ms             750", run.Output);
            Assert.Contains("warning-ms           10000", run.Output);
            Assert.Contains("auto-close-minutes   15", run.Output);
            Assert.Contains("opener               separate-buttons", run.Output);
            Assert.Empty(_device.LastArguments[SettingsText.Garage.Action]);
        }

        [Fact]
        public void SettingAFieldSendsTheReadLayoutWithOnlyThatFieldChanged()
        {
            OkfRun run = _okf.Run("garage", "settings", "--set", "auto-close-minutes=30", "--set", "opener=toggle-only");
            Assert.True(run.Code == 0, run.ToString());
            byte[] expected = (byte[])Custom.Clone();
            expected[10] = 30;
            expected[11] = 0;
            Assert.Equal(Hex.Encode(expected), Hex.Encode(_device.LastArguments[SettingsText.Garage.Action]));
        }

        [Fact]
        public void JsonGivesNumbersAndWordsUnderTheFieldNames()
        {
            OkfRun run = _okf.Run("garage", "settings", "--json");
            Assert.True(run.Code == 0, run.ToString());
            using JsonDocument doc = JsonDocument.Parse(run.Output);
            Assert.Equal(2000, doc.RootElement.GetProperty("min-gap-ms").GetInt32());
            Assert.Equal(8000, doc.RootElement.GetProperty("travel-margin-ms").GetInt32());
            Assert.Equal("separate-buttons", doc.RootElement.GetProperty("opener").GetString());
        }

        [Fact]
        public void UnknownFieldsAndValuesAreUsageErrorsAndNothingIsChanged()
        {
            Assert.Equal((int)ExitCode.Usage, _okf.Run("garage", "settings", "--set", "chime=on").Code);
            Assert.Equal((int)ExitCode.Usage, _okf.Run("garage", "settings", "--set", "opener=remote").Code);
            Assert.Equal((int)ExitCode.Usage, _okf.Run("garage", "settings", "--set", "pulse-ms=70000").Code);
            Assert.Empty(_device.LastArguments[SettingsText.Garage.Action]);
        }

        [Fact]
        public void AnAnswerOfTheWrongSizeChangesNothing()
        {
            // Firmware that answers Settings with the door snapshot (before reads existed) must not get a garbled layout.
            _device.ResultData[SettingsText.Garage.Action] = new byte[9];
            OkfRun run = _okf.Run("garage", "settings", "--set", "warning-ms=8000");
            Assert.Equal((int)ExitCode.VerificationFailed, run.Code);
            Assert.Contains("nothing was changed", run.Error);
            Assert.Empty(_device.LastArguments[SettingsText.Garage.Action]);
        }

        [Fact]
        public void TheTwoLayoutsAreOneImplementationWithTheirOwnFields()
        {
            Assert.Equal(12, SettingsText.Garage.Size);
            Assert.Equal(19, SettingsText.Doorbell.Size);
            Assert.Same(SettingsText.Garage, SettingsText.For("garage"));
            Assert.Contains("warning-ms", SettingsText.Garage.Names);
            Assert.DoesNotContain("warning-ms", SettingsText.Doorbell.Names);
            Assert.Equal("0fa0", Hex.Encode(SettingsText.Garage.With(Custom, "departure-timeout-ms=4000").AsSpan(6, 2).ToArray()));
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }
    }
}
