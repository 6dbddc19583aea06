// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Runtime.Device;
using Shared.Runtime.Network;

namespace NFUnitTest
{
    /// <summary>Shared.Runtime's reconnect back-off and loop heartbeat monitor, with time passed in.</summary>
    [TestClass]
    public class RuntimeLogicTests
    {
        [TestMethod]
        public void Backoff_doubles_the_ceiling_per_failure_up_to_the_maximum()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 8000);
            Assert.AreEqual(500, backoff.NextDelay(0));
            Assert.AreEqual(1000, backoff.NextDelay(0));
            Assert.AreEqual(2000, backoff.NextDelay(0));
            Assert.AreEqual(4000, backoff.NextDelay(0));
            Assert.AreEqual(4000, backoff.NextDelay(0));
            Assert.AreEqual(5, backoff.Failures);
        }

        [TestMethod]
        public void Backoff_jitter_stays_between_half_the_ceiling_and_the_ceiling()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 8000);
            int delay = backoff.NextDelay(ReconnectBackoff.JitterRange - 1);
            Assert.IsTrue(delay >= 500 && delay < 1000, "delay " + delay);
        }

        [TestMethod]
        public void Backoff_reset_starts_again_from_the_initial_delay()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(1000, 8000);
            backoff.NextDelay(0);
            backoff.NextDelay(0);
            backoff.Reset();
            Assert.AreEqual(0, backoff.Failures);
            Assert.AreEqual(500, backoff.NextDelay(0));
        }

        [TestMethod]
        public void Heartbeat_reports_a_loop_silent_longer_than_its_timeout()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(2);
            int mqtt = monitor.Register("mqtt", 1000, 0);
            monitor.Register("gpio", 5000, 0);
            monitor.Beat(mqtt, 900);
            Assert.IsNull(monitor.FindWedged(1900));
            Assert.AreEqual("mqtt", monitor.FindWedged(1901));
        }

        [TestMethod]
        public void Heartbeat_refuses_more_loops_than_its_capacity()
        {
            HeartbeatMonitor monitor = new HeartbeatMonitor(1);
            Assert.AreEqual(0, monitor.Register("a", 1000, 0));
            Assert.AreEqual(-1, monitor.Register("b", 1000, 0));
        }
    }
}
