// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Xunit;

namespace Doorbell.Tests
{
    public class BoundedOutputTests
    {
        private long _now = 500;

        [Fact]
        public void ItStartsInactive()
        {
            FakeOutput pin = new FakeOutput(() => _now);
            BoundedOutput output = new BoundedOutput(pin, 1000);
            Assert.Equal((500L, false), Assert.Single(pin.Writes));
            Assert.False(output.IsOn);
        }

        [Theory]
        [InlineData(60000)]
        [InlineData(int.MaxValue)]
        public void APulseLongerThanTheMaximumIsCutToTheMaximum(int asked)
        {
            FakeOutput pin = new FakeOutput(() => _now);
            BoundedOutput output = new BoundedOutput(pin, 10000);
            output.Pulse(_now, asked);
            Assert.Equal(10000, output.RemainingMs(_now));
            _now += 9999;
            output.Poll(_now);
            Assert.True(pin.IsActive);
            _now += 1;
            output.Poll(_now);
            Assert.False(pin.IsActive);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-100)]
        public void ANonPositivePulseStillEndsAtTheNextPoll(int asked)
        {
            FakeOutput pin = new FakeOutput(() => _now);
            BoundedOutput output = new BoundedOutput(pin, 10000);
            output.Pulse(_now, asked);
            _now += 1;
            output.Poll(_now);
            Assert.False(pin.IsActive);
        }

        [Fact]
        public void AFailingSwitchOffIsRetriedOnTheNextPoll()
        {
            FlakyOutput pin = new FlakyOutput();
            BoundedOutput output = new BoundedOutput(pin, 1000);
            output.Pulse(0, 100);
            pin.FailOff = true;
            output.Poll(100);
            Assert.True(output.IsOn);
            Assert.True(pin.IsActive);
            pin.FailOff = false;
            output.Poll(110);
            Assert.False(output.IsOn);
            Assert.False(pin.IsActive);
        }

        private sealed class FlakyOutput : Shared.Runtime.Platform.IDigitalOutput
        {
            public bool FailOff { get; set; }

            public bool IsActive { get; private set; }

            public void Write(bool active)
            {
                if (!active && FailOff)
                {
                    throw new InvalidOperationException("bus error");
                }

                IsActive = active;
            }
        }
    }
}
