// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Runtime.Tests.Support;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    public sealed class SupervisorTests
    {
        private sealed class CountingRebooter : IRebooter
        {
            public int Reboots;
            public string Reason;

            public void Reboot(string reason)
            {
                Reboots++;
                Reason = reason;
            }
        }

        [Fact]
        public void AWedgedLoopRebootsTheDeviceOnce()
        {
            FakeClock clock = new FakeClock();
            CountingRebooter rebooter = new CountingRebooter();
            Supervisor supervisor = new Supervisor(clock, rebooter);
            int poll = supervisor.Register("poll", 5000);
            int commands = supervisor.Register("commands", 30000);

            clock.Now += 4000;
            supervisor.Beat(poll);
            supervisor.Beat(commands);
            clock.Now += 4000;
            Assert.Null(supervisor.Check(clock.Now));
            Assert.Equal(0, rebooter.Reboots);

            clock.Now += 1001;
            supervisor.Beat(commands);
            Assert.Equal("poll", supervisor.Check(clock.Now));
            Assert.Equal(1, rebooter.Reboots);
            Assert.Contains("poll", rebooter.Reason);

            supervisor.Check(clock.Now + 1000);
            Assert.Equal(1, rebooter.Reboots);
        }
    }
}
