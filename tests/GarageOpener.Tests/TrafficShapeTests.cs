// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Linq;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using GarageOpener.Tests.Fakes;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>
    /// What the broker sees of a move: the delay and size of each (sealed) event. An open and a close must start
    /// alike; once a close sent its first event only 5 s later than an open, which told the broker which it was.
    /// </summary>
    public class TrafficShapeTests
    {
        [Fact]
        public void OpenAndCloseSendTheirFirstEventAtOnceWithTheSameSize()
        {
            var open = new GarageRig(doorPosition: 0.0).Boot();
            var close = new GarageRig(doorPosition: 1.0).Boot();
            int openBefore = open.Sink.Events.Count;
            int closeBefore = close.Sink.Events.Count;
            long openAt = open.Now;
            long closeAt = close.Now;

            Assert.Equal(GarageReason.Done, open.Open());
            Assert.Equal(GarageReason.Done, close.Close());
            open.RunUntil(r => r.State == DoorState.Open);
            close.RunUntil(r => r.State == DoorState.Closed);

            var openFirst = open.Sink.Events.Skip(openBefore).First();
            var closeFirst = close.Sink.Events.Skip(closeBefore).First();
            Assert.Equal(0, openFirst.At - openAt);
            Assert.Equal(0, closeFirst.At - closeAt);
            Assert.Equal(Size(openFirst.Snapshot), Size(closeFirst.Snapshot));
            Assert.Equal(
                open.Sink.Events.Skip(openBefore).Select(e => Size(e.Snapshot)).Distinct(),
                close.Sink.Events.Skip(closeBefore).Select(e => Size(e.Snapshot)).Distinct());
        }

        private static int Size(GarageSnapshot snapshot)
        {
            return GarageSnapshotCodec.Encode(snapshot, new byte[256], 0);
        }
    }
}
