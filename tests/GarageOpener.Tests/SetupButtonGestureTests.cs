// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using Shared.Runtime.Device;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>
    /// The garage's setup button and status LED through the shared SetupButton and StatusLed, on a
    /// GarageDevice without a runtime: the device keeps its local gestures and shows them on the LED.
    /// </summary>
    public class SetupButtonGestureTests
    {
        private long _now;
        private readonly FakeInput _setup = new FakeInput();
        private readonly FakeInput _closed = new FakeInput { IsActive = true };
        private FakeOutput _led;
        private GarageDevice _device;
        private ListLog _log;

        private void Boot()
        {
            _led = new FakeOutput(() => _now);
            var pulser = new RelayPulser(new FakeOutput(() => _now), null, null);
            var controller = new GarageController(_closed, new FakeInput(), null, pulser,
                new WarningSignal(new FakeOutput(() => _now), new FakeOutput(() => _now), new FuncClock(() => _now)), null);
            var log = new ListLog();
            _log = log;
            _device = new GarageDevice(controller, pulser, _setup, _led, new TestClock(), log, new GarageLogSink(log));
        }

        private void Run(int ms)
        {
            for (int t = 0; t < ms; t += GarageDevice.PollIntervalMs)
            {
                _now += GarageDevice.PollIntervalMs;
                _device.Poll(_now);
            }
        }

        private int LedChangesBetween(long from, long to)
        {
            return _led.Changes.FindAll(c => c.At > from && c.At <= to).Count;
        }

        [Fact]
        public void A_hold_at_power_up_is_announced_as_the_factory_reset_gesture_and_letting_go_says_it_was_cancelled()
        {
            _setup.IsActive = true;
            Boot();
            Run(1_000);
            Assert.Single(_log.Lines, l => l.Contains("this is the FACTORY RESET gesture") && l.Contains("let go now to cancel"));

            _setup.IsActive = false;
            Run(500);
            Assert.Single(_log.Lines, l => l.Contains("factory reset cancelled") && l.Contains("hold it 3 s to open the pairing window"));
            Assert.DoesNotContain(_log.Lines, l => l.Contains("factory reset:"));
        }

        [Fact]
        public void A_pairing_hold_after_start_up_says_nothing_about_a_factory_reset()
        {
            Boot();
            Run(500);
            _setup.IsActive = true;
            Run(SetupButton.PairingHoldMs + 200);
            _setup.IsActive = false;
            Run(200);

            Assert.DoesNotContain(_log.Lines, l => l.Contains("FACTORY RESET") || l.Contains("factory reset"));
        }

        [Fact]
        public void Holding_the_setup_button_through_boot_blinks_the_reset_warning_then_flickers_the_confirmation()
        {
            _setup.IsActive = true;
            Boot();
            Run(4_000);
            long warnFrom = _now;
            Run(4_000);

            // 1 Hz blink: about 8 level changes in 4 s.
            Assert.InRange(LedChangesBetween(warnFrom, _now), 7, 9);

            Run(SetupButton.FactoryResetHoldMs - 8_000 + 100);
            long confirmedFrom = _now;
            Run(1_000);

            // 10 Hz flicker: about 20 level changes in a second.
            Assert.InRange(LedChangesBetween(confirmedFrom, _now), 18, 22);
        }

        [Fact]
        public void The_boot_hold_is_not_a_press_and_letting_go_early_leaves_the_led_dark()
        {
            _setup.IsActive = true;
            Boot();
            Run(1_000);
            Assert.True(_led.Changes.Count > 0, "the reset warning is shown while held");
            _setup.IsActive = false;
            Run(500);
            long from = _now;
            Run(20_000);

            Assert.False(_led.IsActive);
            Assert.Equal(0, LedChangesBetween(from, _now));
        }

        [Fact]
        public void A_press_after_the_first_poll_never_arms_the_factory_reset()
        {
            Boot();
            Run(GarageDevice.PollIntervalMs);
            _setup.IsActive = true;
            Run(SetupButton.FactoryResetHoldMs + 1_000);

            Assert.Equal(0, _led.Changes.Count);
        }
    }
}
