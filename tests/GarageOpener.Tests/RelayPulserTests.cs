// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Xunit;

namespace GarageOpener.Tests
{
    public class RelayPulserTests
    {
        private long _now = 5_000;

        [Theory]
        [InlineData(10, 250)]
        [InlineData(600, 600)]
        [InlineData(5_000, 1_000)]
        public void Pulse_length_is_clamped_to_250_1000_ms(int requested, int expected)
        {
            var relay = new FakeOutput(() => _now);
            var pulser = new RelayPulser(relay, null, null);

            Assert.True(pulser.TryPulse(RelayChannel.Primary, requested, 1_000, _now));
            while (relay.IsActive)
            {
                _now += 10;
                pulser.Poll(_now);
            }

            Assert.Equal(expected, relay.PulseLengths()[0]);
        }

        [Fact]
        public void A_second_pulse_waits_for_the_minimum_gap()
        {
            var relay = new FakeOutput(() => _now);
            var pulser = new RelayPulser(relay, null, null);
            pulser.TryPulse(RelayChannel.Primary, 500, 2_000, _now);
            Assert.False(pulser.TryPulse(RelayChannel.Primary, 500, 2_000, _now + 100)); // still energised

            _now += 500;
            pulser.Poll(_now);
            Assert.False(pulser.TryPulse(RelayChannel.Primary, 500, 2_000, _now + 1_990));
            Assert.True(pulser.TryPulse(RelayChannel.Primary, 500, 2_000, _now + 2_000));
            Assert.Equal(2, relay.Rises);
        }

        [Fact]
        public void The_gap_cannot_be_set_below_its_floor()
        {
            var relay = new FakeOutput(() => _now);
            var pulser = new RelayPulser(relay, null, null);
            pulser.TryPulse(RelayChannel.Primary, 250, 0, _now);
            _now += 250;
            pulser.Poll(_now);

            Assert.False(pulser.CanPulse(_now + GarageSettings.MinGapFloorMs - 1, 0));
            Assert.True(pulser.CanPulse(_now + GarageSettings.MinGapFloorMs, 0));
        }

        [Fact]
        public void A_late_poll_releases_a_pulse_that_overstayed()
        {
            var relay = new FakeOutput(() => _now);
            var pulser = new RelayPulser(relay, null, null);
            pulser.TryPulse(RelayChannel.Primary, 500, 1_000, _now);

            _now += 7_000; // the poll thread was starved
            pulser.Poll(_now);

            Assert.False(relay.IsActive);
        }

        [Fact]
        public void A_driver_that_throws_while_energising_leaves_the_relay_released()
        {
            var relay = new FakeOutput(() => _now) { ThrowAfterActivate = true };
            var pulser = new RelayPulser(relay, null, null);

            Assert.Throws<InvalidOperationException>(() => pulser.TryPulse(RelayChannel.Primary, 500, 1_000, _now));

            Assert.False(relay.IsActive);
            Assert.False(pulser.IsPulsing);
        }

        [Fact]
        public void A_relay_found_energised_without_a_pulse_is_released_at_the_next_poll()
        {
            var relay = new FakeOutput(() => _now);
            var pulser = new RelayPulser(relay, null, null);
            relay.Write(true); // something else drove it

            pulser.Poll(_now);

            Assert.False(relay.IsActive);
        }

        [Fact]
        public void Construction_drives_every_relay_inactive_and_an_absent_channel_never_pulses()
        {
            var relay = new FakeOutput(() => _now);
            relay.Write(true);
            var pulser = new RelayPulser(relay, null, null);

            Assert.False(relay.IsActive);
            Assert.False(pulser.TryPulse(RelayChannel.Close, 500, 1_000, _now));
        }

        [Fact]
        public void The_relay_is_released_on_time_even_when_the_event_listener_throws()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Sink.Throw = true;

            rig.Open();
            rig.Run(600);

            Assert.False(rig.Relay.IsActive);
            Assert.Equal(500, rig.Relay.PulseLengths()[0]);
            rig.RunUntil(r => r.State == DoorState.Open);
            Assert.True(rig.Controller.SinkFailures >= 2);
        }

        [Fact]
        public void Pulse_length_and_gap_settings_reach_the_relay_clamped()
        {
            var rig = new GarageRig(doorPosition: 0.0).Boot();
            rig.Configure(s => { s.PulseMs = 3_000; s.MinGapMs = 50; });

            rig.Open();
            rig.RunUntil(r => r.State == DoorState.Open);

            Assert.Equal(1_000, rig.Relay.PulseLengths()[0]);
            Assert.Equal(GarageSettings.MinGapFloorMs, rig.Controller.Settings.MinGapMs);
        }
    }
}
