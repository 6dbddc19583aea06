// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Device.Gpio;
using Xunit;

namespace HostEmulation.Tests
{
    public class PinEventTests : BoardTest
    {
        private readonly List<string> _events = new List<string>();

        [Fact]
        public void ValueChanged_reports_falling_on_press_and_rising_on_release()
        {
            GpioPin pin = new GpioController().OpenPin(32, PinMode.InputPullUp);
            pin.ValueChanged += (sender, e) => _events.Add(e.PinNumber + ":" + e.ChangeType + ":" + (sender == pin));

            Board.Press(32);
            Board.Release(32);

            Assert.Equal(new[] { "32:Falling:True", "32:Rising:True" }, _events);
        }

        [Fact]
        public void No_event_fires_when_the_level_does_not_change()
        {
            GpioPin pin = new GpioController().OpenPin(32, PinMode.InputPullUp);
            pin.ValueChanged += (sender, e) => _events.Add(e.ChangeType.ToString());

            Board.SetInput(32, PinValue.High);
            Board.Release(32);
            pin.SetPinMode(PinMode.InputPullDown);

            Assert.Empty(_events);
        }

        [Fact]
        public void A_controller_callback_receives_only_the_registered_edges()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, (sender, e) =>
                _events.Add(e.ChangeType + ":" + (sender == gpio)));

            Board.Press(32);
            Board.Release(32);
            Board.Press(32);

            Assert.Equal(new[] { "Falling:True", "Falling:True" }, _events);
        }

        [Fact]
        public void A_controller_callback_for_both_edges_sees_each_edge_once()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Rising | PinEventTypes.Falling, (s, e) =>
                _events.Add(e.ChangeType.ToString()));

            Board.Press(32);
            Board.Release(32);

            Assert.Equal(new[] { "Falling", "Rising" }, _events);
        }

        [Fact]
        public void A_pin_holds_one_callback_so_a_new_registration_replaces_the_old_one()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, (s, e) => _events.Add("old"));
            new GpioController().RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, (s, e) => _events.Add("new"));

            Board.Press(32);

            Assert.DoesNotContain("old", _events);
            Assert.Contains("new", _events);
        }

        [Fact]
        public void Registering_twice_calls_the_callback_twice_per_edge_as_on_the_device()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            PinChangeEventHandler callback = (s, e) => _events.Add(e.ChangeType.ToString());
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, callback);
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, callback);

            Board.Press(32);

            Assert.Equal(2, _events.Count);
        }

        [Fact]
        public void Unregistering_stops_the_callback()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            PinChangeEventHandler callback = (s, e) => _events.Add(e.ChangeType.ToString());
            gpio.RegisterCallbackForPinValueChangedEvent(32, PinEventTypes.Falling, callback);

            gpio.UnregisterCallbackForPinValueChangedEvent(32, callback);
            Board.Press(32);

            Assert.Empty(_events);
        }

        [Fact]
        public void Writes_that_change_an_output_raise_ValueChanged()
        {
            GpioPin pin = new GpioController().OpenPin(26, PinMode.Output);
            pin.ValueChanged += (s, e) => _events.Add(e.ChangeType.ToString());

            pin.Write(PinValue.High);
            pin.Write(PinValue.High);
            pin.Toggle();

            Assert.Equal(new[] { "Rising", "Falling" }, _events);
        }

        [Fact]
        public void A_closed_pin_raises_no_more_events()
        {
            GpioController gpio = new GpioController();
            GpioPin pin = gpio.OpenPin(32, PinMode.InputPullUp);
            pin.ValueChanged += (s, e) => _events.Add(e.ChangeType.ToString());

            gpio.ClosePin(32);
            Board.Press(32);

            Assert.Empty(_events);
        }
    }
}
