// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Threading.Tasks;
using OwnerTool.Cli;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>What okf says, in words a maker understands: argument errors, times, names instead of numbers, hints.</summary>
    public sealed class MessageWordingTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private const byte GarageOpen = 0x21;
        private readonly BrokerFixture _broker;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public MessageWordingTests(BrokerFixture broker)
        {
            _broker = broker;
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
        }

        [Theory]
        [InlineData("pass", "issue", "--actions", "open", "--uses", "many")]
        [InlineData("pass", "issue", "--actions", "open", "--uses", "0")]
        [InlineData("keys", "revoke", "first")]
        [InlineData("watch", "--count", "x")]
        [InlineData("devices", "--timeout", "soon")]
        public void ABadNumberIsExplainedInWordsWithoutDotNetTypeNames(params string[] args)
        {
            OkfRun run = _okf.Run(args);

            Assert.Equal((int)ExitCode.Usage, run.Code);
            Assert.DoesNotContain("System.", run.Error);
            Assert.Matches("must be (a whole number from|a number of seconds above)", run.Error);
        }

        [Fact]
        public void TimeoutZeroIsRefusedWithARuleThatExcludesZeroAndAFractionIsAccepted()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);

            OkfRun zero = _okf.Run("devices", "--timeout", "0");
            Assert.Equal((int)ExitCode.Usage, zero.Code);
            Assert.Contains("--timeout must be a number of seconds above 0 and at most 3600, not '0'", zero.Error);

            Assert.Equal(0, _okf.Run("devices", "--timeout", "0.5").Code);
        }

        [Fact]
        public void APassExpiryIsPrintedWithoutFractionsOrOffset()
        {
            Pair();
            OkfRun run = _okf.Run("pass", "issue", "--actions", "open", "--expires", "2h", "--out", System.IO.Path.Combine(_okf.Folder, "p.json"));

            Assert.Equal(0, run.Code);
            Assert.Matches(@"expires \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ,", run.Output);
            Assert.DoesNotContain(".0000000", run.Output);
        }

        [Fact]
        public void AGarageOpenSaysThePressWasSentNotABareDoneWithTheOldState()
        {
            Pair();
            _device.ResultData[GarageOpen] = new byte[] { 1, 0, 0, 6, 0, 0, 0, 0, 0 };

            OkfRun run = _okf.Run("garage", "open");

            Assert.Equal(0, run.Code);
            Assert.StartsWith("open: accepted, the button press is sent and the door is starting to move (when accepted: closed", run.Output);
        }

        [Fact]
        public void APairingThatGetsNoAnswerNamesEveryReasonAndNeverJustBlamesTheWindow()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            string wrongSecret = System.Text.RegularExpressions.Regex.Replace(_device.Uri, "s=[0-9a-f]{32}", "s=" + new string('0', 32));

            OkfRun run = _okf.Run("pair", wrongSecret, "--timeout", "2");

            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.DoesNotContain("Open the pairing window first", run.Error);
            Assert.Contains("pairing window is not open", run.Error);
            Assert.Contains("secret (s=...) is not this device's", run.Error);
            Assert.Contains("locked after 20 wrong attempts", run.Error);
            Assert.Empty(new KeyStore(_okf.KeyFile).Load().Devices);
        }

        [Fact]
        public void AKeyTheDeviceNoLongerKnowsTimesOutWithAHintThatItMayBeRevoked()
        {
            Pair();
            new KeyStore(_okf.KeyFile).Update(file =>
            {
                file.Devices[0].KeyId = 9; // the device has no key 9: it drops the command without an answer
                return true;
            });

            OkfRun run = _okf.Run("garage", "open", "--timeout", "1");

            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.Contains("your key may have been revoked", run.Error);
            Assert.Empty(_device.Executed);
        }

        [Fact]
        public void RevokingAPassIdThisKeyFileNeverIssuedSaysItIsUnknownAndSendsNothing()
        {
            Pair();
            OkfRun issued = _okf.Run("pass", "issue", "--actions", "open", "--out", System.IO.Path.Combine(_okf.Folder, "p.json"));
            string id = System.Text.RegularExpressions.Regex.Match(issued.Output, "pass ([0-9a-f]{8})").Groups[1].Value;
            long counterBefore = new KeyStore(_okf.KeyFile).Load().Devices[0].NextCounter;

            OkfRun unknown = _okf.Run("pass", "revoke", "0badcafe");
            Assert.Equal((int)ExitCode.Usage, unknown.Code);
            Assert.Contains("pass 0badcafe is unknown", unknown.Error);
            Assert.Contains(id, unknown.Error);
            Assert.Equal(counterBefore, new KeyStore(_okf.KeyFile).Load().Devices[0].NextCounter); // no command was sealed

            OkfRun known = _okf.Run("pass", "revoke", id);
            Assert.True(known.Code == 0, known.ToString());
            Assert.Contains("pass " + id + " revoked", known.Output);

            OkfRun forced = _okf.Run("pass", "revoke", "0badcafe", "--force");
            Assert.True(forced.Code == 0, forced.ToString());
            Assert.True(new KeyStore(_okf.KeyFile).Load().Devices[0].NextCounter > counterBefore);
        }

        [Fact]
        public async Task WatchWithoutADeviceWatchesEveryPairedDeviceAndNamesEachLine()
        {
            Pair();
            using var doorbell = new SimulatedDevice(_broker.Broker.Host, _broker.Broker.Port, "doorbell");
            doorbell.OpenPairingWindow();
            Assert.Equal(0, _okf.Run("pair", doorbell.Uri, "--name", "front").Code);

            Task<OkfRun> watch = Task.Run(() => _okf.Run("watch", "--count", "2", "--for", "20"));
            for (int i = 0; i < 100 && !watch.IsCompleted; i++)
            {
                _device.PublishEvent(0x01, new byte[] { 3, 0, 0, 4, 0, 0, 0, 0, 0 });
                doorbell.PublishEvent(0x01, new byte[] { 0, 0, 0, 1, 1, 0, 0 });
                await Task.WhenAny(watch, Task.Delay(200));
            }

            OkfRun run = await watch;
            Assert.True(run.Code == 0, run.ToString());
            string[] lines = run.Output.Split('\n').Where(l => !l.Contains("status:")).ToArray();
            Assert.Contains(lines, l => l.StartsWith("garage: ") && l.Contains("door open"));
            Assert.Contains(lines, l => l.StartsWith("front: ") && l.Contains("ring #1"));
        }

        [Fact]
        public void TheAuditNamesThePairingEntryInsteadOfACode()
        {
            Assert.Equal("pair (setup button)", DeviceActions.NameOf(DeviceActions.Garage, ProtocolActionNames.PairedAuditAction));
            Assert.Equal("pair (setup button)", DeviceActions.NameOf(DeviceActions.Doorbell, ProtocolActionNames.PairedAuditAction));
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }

        private void Pair()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri, "--name", "garage");
            Assert.True(run.Code == 0, run.ToString());
        }
    }
}
