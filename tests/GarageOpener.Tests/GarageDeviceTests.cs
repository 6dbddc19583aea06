// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Crypto.Audit;
using Shared.Runtime.Platform;
using Xunit;

namespace GarageOpener.Tests
{
    public class GarageDeviceTests
    {
        private sealed class BreakableInput : IDigitalInput
        {
            public bool Active { get; set; }

            public bool Broken { get; set; }

            public bool IsActive => Broken ? throw new InvalidOperationException("input read failed") : Active;
        }

        [Fact]
        public void A_poll_that_throws_mid_pulse_releases_the_relay_at_once_and_the_device_keeps_polling()
        {
            long now = 0;
            var relay = new FakeOutput(() => now);
            var closed = new BreakableInput { Active = true };
            var pulser = new RelayPulser(relay, null, null);
            var controller = new GarageController(closed, new FakeInput(), null, pulser,
                new WarningSignal(new FakeOutput(() => now), new FakeOutput(() => now), new FuncClock(() => now)), null);
            var log = new ListLog();
            var device = new GarageDevice(controller, pulser, null, null, new TestClock(), log, new GarageLogSink(log));
            for (int i = 0; i < 10; i++)
            {
                now += 20;
                device.Poll(now);
            }

            Assert.Equal(GarageReason.Done, controller.Open(ActorKind.Owner, 1, true, now));
            Assert.True(relay.IsActive);

            closed.Broken = true;
            now += 20;
            device.Poll(now);

            Assert.False(relay.IsActive);
            Assert.Equal(1, device.PollFailures);
            Assert.Contains(log.Lines, l => l.Contains("relays released"));

            closed.Broken = false;
            now += 20;
            device.Poll(now);
            Assert.Equal(1, device.PollFailures);
        }

        [Fact]
        public void The_log_sink_names_every_state_without_enum_names()
        {
            foreach (DoorState s in Enum.GetValues<DoorState>())
            {
                Assert.NotEqual("invalid", GarageLogSink.StateName(s));
            }

            Assert.Equal("invalid", GarageLogSink.StateName((DoorState)99));
        }
    }
}
