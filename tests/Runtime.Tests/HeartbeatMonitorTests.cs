// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    public class HeartbeatMonitorTests
    {
        [Fact]
        public void LoopsThatBeatAreNeverReportedWedged()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(2);
            int control = monitor.Register("control", 1000, 0);
            int network = monitor.Register("network", 5000, 0);
            for (long now = 0; now < 60000; now += 500)
            {
                monitor.Beat(control, now);
                monitor.Beat(network, now);
                Assert.Null(monitor.FindWedged(now));
            }
        }

        [Fact]
        public void ASilentLoopIsNamedOnceItsTimeoutPasses()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(2);
            int control = monitor.Register("control", 1000, 0);
            monitor.Register("network", 5000, 0);
            monitor.Beat(control, 4500);
            Assert.Null(monitor.FindWedged(5000));
            Assert.Equal("network", monitor.FindWedged(5001));
        }

        [Fact]
        public void RegistrationBeyondCapacityIsRefused()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(1);
            Assert.Equal(0, monitor.Register("a", 1000, 0));
            Assert.Equal(-1, monitor.Register("b", 1000, 0));
        }

        [Fact]
        public void BeatsForUnknownSlotsAreIgnored()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(1);
            monitor.Register("a", 1000, 0);
            monitor.Beat(-1, 10000);
            monitor.Beat(5, 10000);
            Assert.Equal("a", monitor.FindWedged(1001));
        }
    }
}
