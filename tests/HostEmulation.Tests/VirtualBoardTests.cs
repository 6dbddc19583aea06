// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.HostEmulation.Board;
using Xunit;

namespace HostEmulation.Tests
{
    public class VirtualBoardTests : BoardTest
    {
        [Fact]
        public void The_write_log_keeps_every_write_in_order_with_board_time_and_mode()
        {
            GpioPin pin = new GpioController().OpenPin(26, PinMode.Output);
            Clock.AdvanceMilliseconds(5);
            pin.Write(PinValue.Low);
            Clock.AdvanceMilliseconds(250);
            pin.Write(PinValue.High);
            pin.Write(PinValue.High);

            IReadOnlyList<PinActivity> writes = Board.Writes;

            Assert.Equal(3, writes.Count);
            Assert.Equal((TimeSpan.FromMilliseconds(5), PinMode.Output, PinValue.Low), (writes[0].Time, writes[0].Mode, writes[0].Value));
            Assert.Equal((TimeSpan.FromMilliseconds(255), PinMode.Output, PinValue.High), (writes[1].Time, writes[1].Mode, writes[1].Value));
            Assert.True(writes[1].Sequence < writes[2].Sequence);
        }

        [Fact]
        public void The_activity_log_orders_opens_modes_writes_inputs_and_closes()
        {
            GpioController gpio = new GpioController();
            gpio.OpenPin(32, PinMode.InputPullUp);
            Board.Press(32);
            gpio.ClosePin(32);

            PinActivityKind[] kinds = Board.ActivityOf(32).Select(a => a.Kind).ToArray();

            Assert.Equal(
                new[] { PinActivityKind.Opened, PinActivityKind.ModeChanged, PinActivityKind.ExternalInput, PinActivityKind.Closed },
                kinds);
        }

        [Fact]
        public void OutputChanged_fires_when_a_pin_becomes_an_output_and_when_its_level_changes()
        {
            List<string> changes = new List<string>();
            Board.SetLabel(26, "relay");
            Board.OutputChanged += (s, e) => changes.Add(e.Label + ":" + e.OldLevel + "->" + e.NewLevel + "@" + e.Time.TotalMilliseconds);
            GpioPin pin = new GpioController().OpenPin(26);
            pin.SetPinMode(PinMode.Output);
            pin.Write(PinValue.Low);
            Clock.AdvanceMilliseconds(500);
            pin.Write(PinValue.High);
            pin.Write(PinValue.High);

            Assert.Equal(new[] { "relay:Low->Low@0", "relay:Low->High@500" }, changes);
        }

        [Fact]
        public void External_input_changes_are_not_output_changes()
        {
            int changes = 0;
            Board.OutputChanged += (s, e) => changes++;
            new GpioController().OpenPin(32, PinMode.InputPullUp);

            Board.Press(32);

            Assert.Equal(0, changes);
        }

        [Fact]
        public async Task Two_boards_in_parallel_do_not_see_each_other()
        {
            Barrier bothOpen = new Barrier(2);
            Func<PinValue, (bool, PinValue, int)> run = level =>
            {
                VirtualBoard board = new VirtualBoard(new ManualBoardClock());
                using (VirtualBoard.Install(board))
                {
                    GpioPin pin = new GpioController().OpenPin(26, PinMode.Output);
                    pin.Write(level);
                    bothOpen.SignalAndWait(TimeSpan.FromSeconds(10));
                    return (ReferenceEquals(VirtualBoard.Current, board), board.GetLevel(26), board.Writes.Count);
                }
            };

            Task<(bool, PinValue, int)> high = Task.Run(() => run(PinValue.High));
            Task<(bool, PinValue, int)> low = Task.Run(() => run(PinValue.Low));

            await Task.WhenAll(high, low);

            Assert.Equal((true, PinValue.High, 1), await high);
            Assert.Equal((true, PinValue.Low, 1), await low);
            Assert.False(Board.IsOpen(26));
        }

        [Fact]
        public void Threads_started_by_the_firmware_inherit_the_current_board()
        {
            VirtualBoard seen = null;
            Thread thread = new Thread(() => seen = VirtualBoard.Current);
            thread.Start();
            thread.Join();

            Assert.Same(Board, seen);
        }

        [Fact]
        public void Disposing_a_scope_restores_the_previous_board()
        {
            VirtualBoard inner = new VirtualBoard();
            using (VirtualBoard.Install(inner))
            {
                Assert.Same(inner, VirtualBoard.Current);
            }

            Assert.Same(Board, VirtualBoard.Current);
        }

        [Fact]
        public void A_controller_stays_on_the_board_it_was_created_on()
        {
            GpioController gpio = new GpioController();
            using (VirtualBoard.Install(new VirtualBoard()))
            {
                gpio.OpenPin(26, PinMode.Output);
            }

            Assert.True(Board.IsOpen(26));
        }

        [Fact]
        public void Manual_time_never_goes_backwards()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Clock.Advance(TimeSpan.FromTicks(-1)));
        }
    }
}
