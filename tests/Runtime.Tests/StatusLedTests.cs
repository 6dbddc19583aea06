// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Indicators;
using Shared.Runtime.Platform;
using Xunit;

namespace Runtime.Tests
{
    public class StatusLedTests
    {
        [Fact]
        public void TheLedIsSwitchedOffWhenThePlayerIsCreated()
        {
            CountingOutput pin = new CountingOutput { IsActive = true };
            StatusLed led = new StatusLed(pin);
            Assert.False(pin.IsActive);
            Assert.Null(led.Pattern);
        }

        [Fact]
        public void ThePinIsWrittenOnlyWhenTheLevelChanges()
        {
            CountingOutput pin = new CountingOutput();
            StatusLed led = new StatusLed(pin);
            int afterCreate = pin.Writes;
            LedPattern p = new LedPattern(new[] { 100, 100 }, true);
            for (long now = 0; now < 1000; now += 10)
            {
                led.Show(p, now);
                Assert.Equal((now / 100) % 2 == 0, pin.IsActive);
            }

            Assert.Equal(10, pin.Writes - afterCreate);
        }

        [Fact]
        public void ANewPatternStartsFromItsFirstStepAndTheSameOneKeepsRunning()
        {
            CountingOutput pin = new CountingOutput();
            StatusLed led = new StatusLed(pin);
            LedPattern slow = new LedPattern(new[] { 50, 950 }, true);
            LedPattern other = new LedPattern(new[] { 50, 950 }, true);
            led.Show(slow, 0);
            led.Show(slow, 500);
            Assert.False(pin.IsActive);
            led.Show(other, 520);
            Assert.True(pin.IsActive);
            Assert.Same(other, led.Pattern);
            led.Show(other, 575);
            Assert.False(pin.IsActive);
        }

        [Fact]
        public void NoPatternMeansDark()
        {
            CountingOutput pin = new CountingOutput();
            StatusLed led = new StatusLed(pin);
            led.Show(StatusLedPatterns.Fault, 0);
            Assert.True(pin.IsActive);
            led.Show(null, 10);
            Assert.False(pin.IsActive);
        }

        [Fact]
        public void PatternsKeepTheirRhythmAcrossTheClockWrap()
        {
            CountingOutput pin = new CountingOutput();
            StatusLed led = new StatusLed(pin);
            long start = long.MaxValue - 120;
            LedPattern p = new LedPattern(new[] { 100, 100 }, true);
            led.Show(p, start);
            led.Show(p, unchecked(start + 150));
            Assert.False(pin.IsActive);
            led.Show(p, unchecked(start + 210));
            Assert.True(pin.IsActive);
        }

        private sealed class CountingOutput : IDigitalOutput
        {
            public bool IsActive { get; set; }

            public int Writes { get; private set; }

            public void Write(bool active)
            {
                IsActive = active;
                Writes++;
            }
        }
    }
}
