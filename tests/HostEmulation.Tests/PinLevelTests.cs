// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;
using nanoFramework.HostEmulation.Board;
using Xunit;

namespace HostEmulation.Tests
{
    public class PinLevelTests : BoardTest
    {
        [Theory]
        [InlineData(PinMode.Input)]
        [InlineData(PinMode.InputPullUp)]
        [InlineData(PinMode.InputPullDown)]
        public void Writing_a_pin_that_is_not_an_output_throws_as_on_the_device(PinMode mode)
        {
            GpioPin pin = new GpioController().OpenPin(26, mode);
            int logged = Board.ActivityOf(26).Count;

            Assert.Throws<ArgumentException>(() => pin.Write(PinValue.High));
            Assert.Throws<ArgumentException>(() => pin.Write(PinValue.Low));

            // Nothing was written, nothing will be driven later.
            Assert.Equal(logged, Board.ActivityOf(26).Count);
            pin.SetPinMode(PinMode.Output);
            Assert.Equal(PinValue.Low, Board.GetLevel(26));
        }

        [Fact]
        public void A_new_pin_is_an_input_so_writing_it_before_setting_the_mode_throws()
        {
            GpioPin pin = new GpioController().OpenPin(26);

            Assert.Equal(PinMode.Input, pin.GetPinMode());
            Assert.Throws<ArgumentException>(() => pin.Write(PinValue.Low));
        }

        [Fact]
        public void Entering_an_output_mode_drives_low_even_after_the_pin_was_high()
        {
            GpioPin pin = new GpioController().OpenPin(26, PinMode.Output);
            pin.Write(PinValue.High);

            pin.SetPinMode(PinMode.Input);
            pin.SetPinMode(PinMode.Output);

            Assert.Equal(PinValue.Low, Board.GetLevel(26));
        }

        [Fact]
        public void The_controller_writes_an_open_input_without_checking_the_mode_and_drives_nothing()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(26, PinMode.InputPullDown);

            gpio.Write(26, PinValue.High);

            Assert.Equal(PinValue.Low, Board.GetLevel(26));
            gpio.SetPinMode(26, PinMode.Output);
            Assert.Equal(PinValue.Low, Board.GetLevel(26));
        }

        [Fact]
        public void An_output_starts_low_when_nothing_was_latched()
        {
            GpioPin pin = new GpioController().OpenPin(26, PinMode.Output);

            Assert.Equal(PinValue.Low, Board.GetLevel(26));
            Assert.Equal(PinMode.Output, Board.GetMode(26));
        }

        [Fact]
        public void An_undriven_pull_up_input_reads_high_and_a_pull_down_reads_low()
        {
            GpioController gpio = new GpioController();
            GpioPin up = gpio.OpenPin(32, PinMode.InputPullUp);
            GpioPin down = gpio.OpenPin(33, PinMode.InputPullDown);

            Assert.Equal(PinValue.High, up.Read());
            Assert.Equal(PinValue.Low, down.Read());
        }

        [Fact]
        public void Input_only_pins_have_no_internal_pull_up_so_they_need_an_external_one()
        {
            GpioPin pin = new GpioController().OpenPin(35, PinMode.InputPullUp);
            Assert.Equal(PinValue.Low, pin.Read());

            Board.SetExternalPull(35, PinValue.High);

            Assert.Equal(PinValue.High, pin.Read());
        }

        [Fact]
        public void Press_drives_a_pin_away_from_its_pull_and_release_lets_it_return()
        {
            GpioController gpio = new GpioController();
            GpioPin up = gpio.OpenPin(32, PinMode.InputPullUp);
            GpioPin down = gpio.OpenPin(33, PinMode.InputPullDown);

            Board.Press(32);
            Board.Press(33);
            Assert.Equal(PinValue.Low, up.Read());
            Assert.Equal(PinValue.High, down.Read());

            Board.Release(32);
            Board.Release(33);
            Assert.Equal(PinValue.High, up.Read());
            Assert.Equal(PinValue.Low, down.Read());
        }

        [Fact]
        public void SetInput_overrides_the_pull_resistor()
        {
            GpioPin pin = new GpioController().OpenPin(32, PinMode.InputPullUp);

            Board.SetInput(32, PinValue.Low);

            Assert.Equal(PinValue.Low, pin.Read());
        }

        [Fact]
        public void Toggle_inverts_an_output_and_leaves_an_input_alone()
        {
            GpioController gpio = new GpioController();
            GpioPin output = gpio.OpenPin(26, PinMode.Output);
            GpioPin input = gpio.OpenPin(27);

            output.Toggle();
            Assert.Equal(PinValue.High, Board.GetLevel(26));
            output.Toggle();
            Assert.Equal(PinValue.Low, Board.GetLevel(26));

            input.Toggle();
            input.SetPinMode(PinMode.Output);
            Assert.Equal(PinValue.Low, Board.GetLevel(27));
        }

        [Fact]
        public void An_open_drain_output_only_pulls_low()
        {
            GpioPin pin = new GpioController().OpenPin(25, PinMode.OutputOpenDrainPullUp);

            pin.Write(PinValue.Low);
            Assert.Equal(PinValue.Low, Board.GetLevel(25));

            pin.Write(PinValue.High);
            Assert.Equal(PinValue.High, Board.GetLevel(25));
            Board.SetInput(25, PinValue.Low);
            Assert.Equal(PinValue.Low, Board.GetLevel(25));
        }

        [Fact]
        public void A_closed_output_stops_driving()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(26, PinMode.Output).Write(PinValue.High);

            gpio.ClosePin(26);

            Assert.Equal(PinValue.Low, Board.GetLevel(26));
            Assert.Null(Board.GetMode(26));
        }
    }
}
