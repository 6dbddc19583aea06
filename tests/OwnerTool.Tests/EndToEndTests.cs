// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Threading.Tasks;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Audit;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf against a real mosquitto and a simulated device built from Shared.Crypto's device classes.</summary>
    public sealed class EndToEndTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private const byte GarageOpen = 0x21;
        private const byte GarageClose = 0x22;
        private readonly BrokerFixture _broker;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public EndToEndTests(BrokerFixture broker)
        {
            _broker = broker;
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
        }

        [Fact]
        public void PairingStoresTheDeviceWithTheFirstOwnerAsAdmin()
        {
            OkfRun run = Pair();
            PairedDevice entry = Entry();
            Assert.Equal("garage", entry.Name);
            Assert.Equal("admin", entry.Role);
            Assert.Equal(OwnerTool.Core.Hex.Encode(_device.Identity.DeviceId), entry.DeviceId);
            Assert.Equal(OwnerTool.Core.Hex.Encode(_device.Identity.PublicKey), entry.DevicePublicKey);
            Assert.True(entry.NextCounter >= 1);
            Assert.DoesNotContain(entry.MasterKey, run.Output + run.Error);
            Assert.DoesNotContain(entry.MasterKey, _okf.Run("devices").Output);
        }

        [Fact]
        public void PairingWithoutAnOpenWindowTimesOutWithAHint()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OkfRun run = _okf.Run("pair", _device.Uri, "--timeout", "1");
            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.Contains("hold its setup button", run.Error);
            Assert.Empty(new KeyStore(_okf.KeyFile).Load().Devices);
        }

        [Fact]
        public void ACommandReachesTheDeviceAndItsResultIsDone()
        {
            Pair();
            OkfRun run = _okf.Run("garage", "open");
            Assert.True(run.Code == 0, run.ToString());
            Assert.Contains("open: accepted, the button press is sent", run.Output);
            Assert.Contains(_device.Executed, e => e.Action == GarageOpen && e.Actor == ActorKind.Owner);
        }

        [Fact]
        public void ARefusalExitsWith2AndNamesTheReasonAndCode()
        {
            Pair();
            _device.Reasons[GarageClose] = 0x44;
            OkfRun run = _okf.Run("garage", "close");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("refused: closed-limit sensor untrusted (ClosedLimitUntrusted, 0x44)", run.Error);
        }

        [Fact]
        public void AStatusResultIsDecodedIntoWords()
        {
            Pair();
            _device.ResultData[0x20] = new byte[] { 1, 0x02, 0, 1, 0, 0, 0, 1, 0 };
            OkfRun run = _okf.Run("garage", "status");
            Assert.Equal(0, run.Code);
            Assert.Contains("closed, vacation lockout on, last moved by owner key 1", run.Output);
        }

        [Fact]
        public void ADeviceWhoseWillSaysOfflineExitsWith3()
        {
            Pair();
            _device.PowerOff();
            OkfRun run = _okf.Run("garage", "open", "--timeout", "3");
            Assert.Equal((int)ExitCode.DeviceOffline, run.Code);
            Assert.Contains("offline", run.Error);
        }

        [Fact]
        public void ADeviceThatNeverPublishedANonceIsOffline()
        {
            Pair();
            PairedDevice entry = Entry();
            OwnerKeyFile file = new KeyStore(_okf.KeyFile).Load();
            file.Devices[0].DeviceId = "00000000000000" + (entry.DeviceId.EndsWith("01") ? "02" : "01");
            new KeyStore(_okf.KeyFile).Save(file);
            OkfRun run = _okf.Run("garage", "open", "--timeout", "1");
            Assert.Equal((int)ExitCode.DeviceOffline, run.Code);
            Assert.Contains("no freshness nonce", run.Error);
        }

        [Fact]
        public void ASilentDeviceTimesOutWith4AndTheCounterWasSavedBeforeSending()
        {
            Pair();
            long before = Entry().NextCounter;
            _device.Silent = true;
            OkfRun run = _okf.Run("garage", "open", "--timeout", "1");
            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.Contains("timed out", run.Error);
            Assert.True(Entry().NextCounter > before, "the used counter " + before + " was not saved before sending");
        }

        [Fact]
        public void ManyCommandsOnOneChannelCostOneKeyFileWritePerCounterBlock()
        {
            Pair();
            var client = new OwnerClient(new ToolSettings
            {
                KeyFile = _okf.KeyFile,
                BrokerHost = _broker.Broker.Host,
                BrokerPort = _broker.Broker.Port,
                Timeout = TimeSpan.FromSeconds(10),
            });
            OwnerKeyFile file = client.LoadKeys();
            const int Commands = 40;
            using (DeviceChannel channel = client.OpenChannel(file, file.Devices.Single()))
            {
                for (int i = 0; i < Commands; i++)
                {
                    Assert.True(channel.Execute(GarageOpen, Array.Empty<byte>(), default).IsDone);
                }
            }

            int blocks = (Commands + KeyFileSessionStore.DefaultBlockSize - 1) / KeyFileSessionStore.DefaultBlockSize;
            Assert.Equal(blocks, client.Store.Writes);
            Assert.Equal(Commands, _device.Executed.Count);
        }

        [Fact]
        public void AReplayedEarlierResultIsNotTakenAsTheAnswer()
        {
            Pair();
            Assert.Equal(0, _okf.Run("garage", "open").Code);
            _device.ReplayPreviousResult = true;
            _device.Reasons[GarageClose] = 0x41;
            OkfRun run = _okf.Run("garage", "close");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("AlreadyClosed", run.Error);
        }

        [Fact]
        public void ALateResultOfAnEarlierCommandIsNotTakenAsTheAnswerToTheNextOne()
        {
            Pair();
            _device.HoldNextResult = true;
            Assert.Equal((int)ExitCode.TimedOut, _okf.Run("garage", "open", "--timeout", "1").Code);
            _device.Reasons[GarageClose] = 0x41;

            // The held "open: Done" arrives first, authentic and never seen before, but it answers another counter.
            OkfRun run = _okf.Run("garage", "close");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("AlreadyClosed", run.Error);
        }

        [Fact]
        public async Task WatchPrintsDecryptedEventsAndStopsAfterCount()
        {
            Pair();
            Task<OkfRun> watch = Task.Run(() => _okf.Run("watch", "--count", "2", "--for", "20"));

            // The watcher subscribes at an unknown moment: keep the device ringing until it has seen two events.
            for (int i = 0; i < 100 && !watch.IsCompleted; i++)
            {
                _device.PublishEvent(0x01, new byte[] { 3, 0, 0, 4, 0, 0, 0, 0, 0 });
                await Task.WhenAny(watch, Task.Delay(200));
            }

            OkfRun run = await watch;
            Assert.Equal(0, run.Code);
            Assert.Equal(2, run.Output.Split('\n').Count(l => l.Contains("door open, last moved by manual")));
        }

        [Fact]
        public void WatchWithForEndsWhenTheTimeIsUpAndReportsMissingEvents()
        {
            Pair();
            OkfRun run = _okf.Run("watch", "--count", "1", "--for", "0.5");
            Assert.Equal((int)ExitCode.TimedOut, run.Code);
        }

        [Fact]
        public void BrokerUnreachableExitsWith7()
        {
            Pair();
            OkfRun run = new OkfCopy(_okf, "127.0.0.1:1").Run("garage", "open");
            Assert.Equal((int)ExitCode.BrokerUnreachable, run.Code);
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }

        private OkfRun Pair()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri);
            Assert.True(run.Code == 0, run.ToString());
            return run;
        }

        private PairedDevice Entry() => new KeyStore(_okf.KeyFile).Load().Devices.Single();
    }
}
