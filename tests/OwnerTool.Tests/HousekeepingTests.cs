// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Text.Json;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf devices (broker status, --json), rename and forget, against mosquitto and a simulated garage.</summary>
    public sealed class HousekeepingTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public HousekeepingTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri, "--name", "garage");
            Assert.True(run.Code == 0, run.ToString());
        }

        [Fact]
        public void DevicesShowsTheRetainedOnlineStateAndOfflineAfterThePowerGoes()
        {
            Assert.Contains(" online", _okf.Run("devices").Output.Split('\n').Single(l => l.StartsWith("garage", StringComparison.Ordinal)));
            _device.PowerOff();
            string line = "";
            for (int i = 0; i < 50 && !line.Contains(" offline", StringComparison.Ordinal); i++)
            {
                line = _okf.Run("devices").Output.Split('\n').Single(l => l.StartsWith("garage", StringComparison.Ordinal));
            }

            Assert.Contains(" offline", line);
        }

        [Fact]
        public void DevicesJsonIsMachineReadableAndHoldsNoSecret()
        {
            OkfRun run = _okf.Run("devices", "--json");
            Assert.Equal(0, run.Code);
            using JsonDocument doc = JsonDocument.Parse(run.Output);
            JsonElement d = doc.RootElement.EnumerateArray().Single();
            Assert.Equal("garage", d.GetProperty("name").GetString());
            Assert.Equal(Hex.Encode(_device.Identity.DeviceId), d.GetProperty("deviceId").GetString());
            Assert.Equal("online", d.GetProperty("status").GetString());
            Assert.DoesNotContain(new KeyStore(_okf.KeyFile).Load().Devices[0].MasterKey, run.Output);
        }

        [Fact]
        public void RenameChangesOnlyTheLocalNameAndCommandsUseTheNewOne()
        {
            OkfRun rename = _okf.Run("rename", "garage", "barn");
            Assert.True(rename.Code == 0, rename.ToString());
            Assert.Equal("barn", new KeyStore(_okf.KeyFile).Load().Devices.Single().Name);
            Assert.Equal(0, _okf.Run("garage", "status", "barn").Code);
            Assert.Equal((int)ExitCode.NotPaired, _okf.Run("rename", "garage", "shed").Code);
        }

        [Fact]
        public void ForgetRemovesThePairingAndSaysTheKeyStaysOnTheDevice()
        {
            OkfRun forget = _okf.Run("forget", "garage");
            Assert.True(forget.Code == 0, forget.ToString());
            Assert.Contains("stays on the device until revoked", forget.Output);
            Assert.Empty(new KeyStore(_okf.KeyFile).Load().Devices);
            Assert.Equal((int)ExitCode.NotPaired, _okf.Run("garage", "status").Code);
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }
    }
}
