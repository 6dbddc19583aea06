// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Client;
using Xunit;

namespace Mqtt.Tests
{
    public class KeepAliveTimerTests
    {
        [Fact]
        public void PingsOnlyAfterAWholeIdlePeriod()
        {
            KeepAliveTimer timer = new KeepAliveTimer(10, 1000);
            Assert.Equal(KeepAliveAction.None, timer.Poll(10999));
            Assert.Equal(1, timer.MillisecondsUntilDue(10999));
            Assert.Equal(KeepAliveAction.SendPing, timer.Poll(11000));
        }

        [Fact]
        public void TrafficPostponesThePing()
        {
            KeepAliveTimer timer = new KeepAliveTimer(10, 0);
            timer.OnPacketSent(6000);
            Assert.Equal(KeepAliveAction.None, timer.Poll(15999));
            Assert.Equal(KeepAliveAction.SendPing, timer.Poll(16000));
        }

        [Fact]
        public void AnAnsweredPingKeepsTheConnection()
        {
            KeepAliveTimer timer = new KeepAliveTimer(10, 0);
            timer.OnPingSent(10000);
            timer.OnPingResponse();
            Assert.False(timer.PingOutstanding);
            Assert.Equal(KeepAliveAction.None, timer.Poll(19999));
            Assert.Equal(KeepAliveAction.SendPing, timer.Poll(20000));
        }

        [Fact]
        public void AnUnansweredPingWithinOnePeriodMeansTheConnectionIsLost()
        {
            KeepAliveTimer timer = new KeepAliveTimer(10, 0);
            timer.OnPingSent(10000);
            Assert.Equal(KeepAliveAction.None, timer.Poll(19999));
            timer.OnPacketSent(19000); // Our own traffic does not prove the broker is alive.
            Assert.Equal(KeepAliveAction.ConnectionLost, timer.Poll(20000));
        }

        [Fact]
        public void ZeroKeepAliveNeverActs()
        {
            KeepAliveTimer timer = new KeepAliveTimer(0, 0);
            Assert.Equal(KeepAliveAction.None, timer.Poll(long.MaxValue));
            Assert.Equal(long.MaxValue, timer.MillisecondsUntilDue(5));
        }

        [Fact]
        public void WorksAcrossAClockWraparound()
        {
            long start = long.MaxValue - 4000;
            KeepAliveTimer timer = new KeepAliveTimer(10, start);
            long justBefore = unchecked(start + 9999);
            long due = unchecked(start + 10000);
            Assert.True(due < start); // The clock wrapped.
            Assert.Equal(KeepAliveAction.None, timer.Poll(justBefore));
            Assert.Equal(KeepAliveAction.SendPing, timer.Poll(due));
            timer.OnPingSent(due);
            Assert.Equal(KeepAliveAction.ConnectionLost, timer.Poll(unchecked(due + 10000)));
        }
    }
}
