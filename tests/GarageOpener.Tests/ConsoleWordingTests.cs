// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>The serial console says who moved the door and why it is in Fault in words, never as numbers.</summary>
    public class ConsoleWordingTests
    {
        [Theory]
        [InlineData(ActorKind.Owner, 3, "by owner key 3")]
        [InlineData(ActorKind.Guest, 0x1a2b3c4d, "by guest pass 1A2B3C4D")]
        [InlineData(ActorKind.AutoClose, 0, "by auto-close")]
        [InlineData(ActorKind.Manual, 0, "moved at the door: wall button, remote or by hand")]
        [InlineData(ActorKind.LocalButton, 0, "by the setup button")]
        [InlineData(ActorKind.System, 0, "read from the limit switches")]
        public void EveryCauseHasWords(ActorKind cause, int id, string expected)
        {
            Assert.Equal(expected, GarageLogSink.CauseText(cause, id));
        }

        [Fact]
        public void AStateChangeLineNamesTheCauseAndTheFaultInWords()
        {
            var log = new ListLog();
            var sink = new GarageLogSink(log);
            var snapshot = new GarageSnapshot { State = DoorState.Fault, FaultReason = GarageReason.DepartureTimeout };

            sink.OnStateChanged(snapshot, ActorKind.System, 0, 0);

            Assert.Equal("garage-opener: door fault (read from the limit switches), fault: the door did not leave its limit after the press",
                Assert.Single(log.Lines));
        }
    }
}
