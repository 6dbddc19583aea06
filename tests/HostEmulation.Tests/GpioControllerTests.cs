// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;
using Xunit;

namespace HostEmulation.Tests
{
    public class GpioControllerTests : BoardTest
    {
        [Fact]
        public void Opening_an_open_pin_throws_even_from_another_controller()
        {
            GpioController first = new GpioController();
            GpioController second = new GpioController(PinNumberingScheme.Logical);
            first.OpenPin(26);

            Assert.Throws<InvalidOperationException>(() => first.OpenPin(26));
            Assert.Throws<InvalidOperationException>(() => second.OpenPin(26, PinMode.Output));
            Assert.True(second.IsPinOpen(26));
        }

        [Fact]
        public void A_closed_pin_can_be_opened_again()
        {
            GpioController gpio = new GpioController();
            GpioPin pin = gpio.OpenPin(26, PinMode.Output);

            gpio.ClosePin(26);

            Assert.False(gpio.IsPinOpen(26));
            Assert.False(Board.IsOpen(26));
            Assert.Throws<ObjectDisposedException>(() => pin.Write(PinValue.High));
            Assert.Equal(PinMode.Input, gpio.OpenPin(26).GetPinMode());
        }

        [Fact]
        public void Closing_or_using_a_pin_that_is_not_open_throws()
        {
            GpioController gpio = new GpioController();

            Assert.Throws<InvalidOperationException>(() => gpio.ClosePin(26));
            Assert.Throws<InvalidOperationException>(() => gpio.GetPinMode(26));
            Assert.Throws<InvalidOperationException>(() => gpio.Write(26, PinValue.High));
            Assert.Throws<InvalidOperationException>(() => gpio.RegisterCallbackForPinValueChangedEvent(26, PinEventTypes.Rising, (s, e) => { }));
        }

        [Fact]
        public void Pins_the_ESP32_lacks_cannot_be_opened()
        {
            GpioController gpio = new GpioController();

            Assert.Equal(40, gpio.PinCount);
            Assert.Throws<ArgumentException>(() => gpio.OpenPin(20));
            Assert.Throws<ArgumentException>(() => gpio.OpenPin(40));
        }

        [Fact]
        public void Input_only_pins_refuse_output_modes()
        {
            GpioController gpio = new GpioController();
            GpioPin pin = gpio.OpenPin(35);

            Assert.False(gpio.IsPinModeSupported(35, PinMode.Output));
            Assert.True(pin.IsPinModeSupported(PinMode.InputPullUp));
            Assert.True(gpio.IsPinModeSupported(26, PinMode.OutputOpenDrain));
            Assert.Throws<ArgumentException>(() => pin.SetPinMode(PinMode.Output));
            Assert.Equal(PinMode.Input, pin.GetPinMode());
        }

        [Fact]
        public void Controller_and_pin_report_the_same_mode()
        {
            GpioController gpio = new GpioController();
            GpioPin pin = gpio.OpenPin(18, PinMode.InputPullUp);

            gpio.SetPinMode(18, PinMode.InputPullDown);

            Assert.Equal(PinMode.InputPullDown, pin.GetPinMode());
            Assert.Equal(PinMode.InputPullDown, gpio.GetPinMode(18));
            Assert.Equal(PinMode.InputPullDown, Board.GetMode(18));
        }

        [Fact]
        public void Disposing_a_controller_closes_every_open_pin_as_the_static_registry_does()
        {
            GpioController first = new GpioController();
            GpioController second = new GpioController();
            first.OpenPin(26, PinMode.Output);
            GpioPin other = second.OpenPin(27, PinMode.Output);

            first.Dispose();

            Assert.Empty(Board.GetOpenPins());
            Assert.Throws<ObjectDisposedException>(() => other.Read());
        }
    }
}
