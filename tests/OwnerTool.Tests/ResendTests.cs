// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Audit;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf resends a command that meets silence, under the same counter, so it can never run twice.</summary>
    public sealed class ResendTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private const byte GarageOpen = 0x21;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public ResendTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            Assert.Equal(0, _okf.Run("pair", _device.Uri).Code);
        }

        [Fact]
        public void ACommandDroppedBeforeTheDeviceSawItIsResentUnderTheSameCounterAndRunsOnce()
        {
            _device.DropNextCommands = 2;
            OkfRun run = _okf.Run("garage", "open", "--timeout", "10");

            Assert.True(run.Code == 0, run.ToString());
            Assert.Single(_device.Executed, e => e.Action == GarageOpen && e.Actor == ActorKind.Owner);
            long[] counters = _device.CommandCounters.ToArray();
            Assert.Equal(3, counters.Length);
            Assert.Single(counters.Distinct());
        }

        [Fact]
        public void AResendOfACommandThatRanButLostItsResultDoesNotRunAgain()
        {
            _device.DropNextResults = 1;
            OkfRun run = _okf.Run("garage", "open", "--timeout", "5");

            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.Contains("may or may not", run.Error);
            Assert.True(_device.CommandCounters.Count >= 2, "resends: " + _device.CommandCounters.Count);
            Assert.Single(_device.CommandCounters.Distinct());
            Assert.Single(_device.Executed, e => e.Action == GarageOpen);
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }
    }
}
