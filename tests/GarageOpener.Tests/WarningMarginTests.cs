// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Tests.Fakes;
using GarageOpener.Virtual;
using nanoFramework.HostEmulation.Board;
using Shared.Crypto.Audit;
using Shared.Runtime.Platform;
using Xunit;

namespace GarageOpener.Tests
{
    /// <summary>
    /// The close warning measured where a person perceives it: at the pins of the emulated ESP32. The board stamps
    /// every write with its own time; time moves on between any two reads of the clock (jitter), and a command may
    /// have read its time well before it gets to switch the light on (it waited for the lock, the driver was slow).
    /// The relay must still never close less than 5.000 s after the first edge of the light or the buzzer.
    /// </summary>
    public class WarningMarginTests
    {
        private const int Closes = 150;
        private static readonly TimeSpan MinimumWarning = TimeSpan.FromMilliseconds(GarageSettings.MinWarningMs);

        private readonly JitteryBoardClock _boardClock = new JitteryBoardClock(seed: 1211);
        private readonly VirtualBoard _board;
        private readonly GaragePinMap _map = GaragePinMap.DevKitC();
        private readonly BoardClock _clock;
        private readonly Random _random = new Random(14);

        public WarningMarginTests()
        {
            _board = new VirtualBoard(_boardClock);
            _clock = new BoardClock(_board);
        }

        [Fact]
        public void The_relay_never_closes_less_than_five_seconds_after_the_first_light_or_buzzer_edge()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            VirtualDeviceHost.Wire(_board, _map);
            GarageDevice device = Program.Start(_map, new ListLog(), _clock);
            _board.Press(_map.OpenLimitPin);
            Run(device, 300);
            Assert.Equal(DoorState.Open, device.Controller.Snapshot(_clock.NowMilliseconds).State);

            var leads = new List<TimeSpan>();
            for (int i = 0; i < Closes; i++)
            {
                _board.ClearActivity();
                long commandTime = _clock.NowMilliseconds;
                _boardClock.Advance(TimeSpan.FromMilliseconds(_random.Next(0, 30_000) / 1000.0)); // waited for the lock
                Assert.Equal(GarageReason.Done, device.Controller.Close(ActorKind.Owner, 1, false, commandTime));
                RunUntil(device, () => High(_map.RelayPin), 8_000);

                TimeSpan firstEdge = new[] { FirstHigh(_map.WarningLightPin), FirstHigh(_map.BuzzerPin) }.Min();
                leads.Add(FirstHigh(_map.RelayPin) - firstEdge);

                // The door goes down, then up again for the next close (an open needs no warning).
                MoveDoor(device, from: _map.OpenLimitPin, to: _map.ClosedLimitPin);
                Assert.Equal(DoorState.Closed, device.Controller.Snapshot(_clock.NowMilliseconds).State);
                Assert.Equal(GarageReason.Done, device.Controller.Open(ActorKind.Owner, 1, false, _clock.NowMilliseconds));
                RunUntil(device, () => High(_map.RelayPin), 2_000);
                MoveDoor(device, from: _map.ClosedLimitPin, to: _map.OpenLimitPin);
                Assert.Equal(DoorState.Open, device.Controller.Snapshot(_clock.NowMilliseconds).State);
            }

            Assert.Equal(Closes, leads.Count);
            TimeSpan shortest = leads.Min();
            Assert.True(shortest >= MinimumWarning, "shortest warning before the relay: " + shortest.TotalMilliseconds + " ms");

            // The margin costs at most one poll period and the clock's resolution, not a noticeably longer wait.
            TimeSpan longest = leads.Max();
            Assert.True(longest < MinimumWarning + TimeSpan.FromMilliseconds(2 * GarageDevice.PollIntervalMs + 30),
                "longest warning before the relay: " + longest.TotalMilliseconds + " ms");
        }

        [Fact]
        public void A_poll_that_read_its_time_before_the_warning_began_does_not_flicker_the_light_off()
        {
            using BoardScope scope = VirtualBoard.Install(_board);
            VirtualDeviceHost.Wire(_board, _map);
            GarageDevice device = Program.Start(_map, new ListLog(), _clock);
            _board.Press(_map.OpenLimitPin);
            Run(device, 300);

            long stalePollTime = _clock.NowMilliseconds;
            _boardClock.Advance(TimeSpan.FromMilliseconds(15));
            _board.ClearActivity();
            Assert.Equal(GarageReason.Done, device.Controller.Close(ActorKind.Owner, 1, false, _clock.NowMilliseconds));
            device.Poll(stalePollTime);

            Assert.True(High(_map.WarningLightPin));
            Assert.DoesNotContain(_board.ActivityOf(_map.WarningLightPin, PinActivityKind.Written), a => a.Value == PinValue.Low);
        }

        private void MoveDoor(GarageDevice device, int from, int to)
        {
            RunUntil(device, () => !High(_map.RelayPin), 2_000);
            _board.Release(from);
            Run(device, 1_000);
            _board.Press(to);
            Run(device, 300);
        }

        private TimeSpan FirstHigh(int pin) =>
            _board.ActivityOf(pin, PinActivityKind.Written).First(a => a.Value == PinValue.High).Time;

        private bool High(int pin) => _board.GetLevel(pin) == PinValue.High;

        private void Run(GarageDevice device, int ms)
        {
            for (int t = 0; t < ms; t += GarageDevice.PollIntervalMs)
            {
                Poll(device);
            }
        }

        private void RunUntil(GarageDevice device, Func<bool> done, int maxMs)
        {
            for (int t = 0; !done(); t += GarageDevice.PollIntervalMs)
            {
                Assert.True(t < maxMs, "condition not reached within " + maxMs + " ms");
                Poll(device);
            }
        }

        private void Poll(GarageDevice device)
        {
            _boardClock.Advance(TimeSpan.FromMilliseconds(GarageDevice.PollIntervalMs));
            device.Poll(_clock.NowMilliseconds);
        }

        /// <summary>Board time that also moves on by up to half a millisecond every time anyone reads it.</summary>
        private sealed class JitteryBoardClock : IBoardClock
        {
            private readonly Random _random;
            private long _ticks;

            public JitteryBoardClock(int seed)
            {
                _random = new Random(seed);
            }

            public TimeSpan Elapsed
            {
                get
                {
                    _ticks += _random.Next(0, (int)(TimeSpan.TicksPerMillisecond / 2));
                    return TimeSpan.FromTicks(_ticks);
                }
            }

            public void Advance(TimeSpan delta) => _ticks += delta.Ticks;
        }

        /// <summary>The firmware's millisecond clock read off the board's time, truncated as a tick counter is.</summary>
        private sealed class BoardClock : IClock
        {
            private readonly VirtualBoard _board;

            public BoardClock(VirtualBoard board)
            {
                _board = board;
            }

            public long NowMilliseconds => (long)_board.Now.TotalMilliseconds;
        }
    }
}
