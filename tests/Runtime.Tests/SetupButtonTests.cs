// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using Xunit;

namespace Runtime.Tests
{
    public class SetupButtonTests
    {
        private const int Debounce = 30;
        private const int MinPress = 50;
        private const int ShortMax = 2000;
        private const int LongPress = 5000;
        private const int Step = 10;

        private readonly FakeInput _input = new FakeInput();
        private readonly List<(long At, SetupButtonEvent Event)> _events = new List<(long, SetupButtonEvent)>();
        private long _now;
        private SetupButton _button;

        private SetupButton Start(long startAt = 0, int shortMax = ShortMax)
        {
            _now = startAt;
            _button = new SetupButton(_input, Debounce, MinPress, shortMax, LongPress, SetupButton.FactoryResetArmWindowMs);
            Poll();
            return _button;
        }

        private void Poll()
        {
            SetupButtonEvent e = _button.Poll(_now);
            if (e != SetupButtonEvent.None)
            {
                _events.Add((_now, e));
            }
        }

        private void Run(long ms)
        {
            for (long t = 0; t < ms; t += Step)
            {
                _now = unchecked(_now + Step);
                Poll();
            }
        }

        private void PastArmWindow()
        {
            Run(SetupButton.FactoryResetArmWindowMs + 100);
        }

        [Fact]
        public void AShortPressIsReportedOnceAtItsRelease()
        {
            Start();
            PastArmWindow();
            _input.Active = true;
            Run(300);
            Assert.Empty(_events);
            _input.Active = false;
            Run(200);

            Assert.Single(_events);
            Assert.Equal(SetupButtonEvent.ShortPress, _events[0].Event);
        }

        [Fact]
        public void APressHeldPastTheShortLimitButReleasedBeforeTheLongPressIsNothing()
        {
            Start();
            PastArmWindow();
            _input.Active = true;
            Run(ShortMax + 500);
            _input.Active = false;
            Run(200);

            Assert.Empty(_events);
        }

        [Fact]
        public void ALongPressIsReportedOnceWhileStillHeldAndItsReleaseIsNotAShortPress()
        {
            Start();
            PastArmWindow();
            long pressedAt = _now;
            _input.Active = true;
            Run(LongPress * 3);
            _input.Active = false;
            Run(200);

            Assert.Single(_events);
            Assert.Equal(SetupButtonEvent.LongPress, _events[0].Event);
            Assert.InRange(_events[0].At - pressedAt, LongPress, LongPress + 2 * Step);
        }

        [Fact]
        public void AShortPressLimitOfZeroDisablesShortPresses()
        {
            Start(shortMax: 0);
            PastArmWindow();
            _input.Active = true;
            Run(300);
            _input.Active = false;
            Run(200);

            Assert.Empty(_events);
        }

        [Fact]
        public void HeldThroughBootForTheResetHoldIsOneFactoryResetAndNeverAPress()
        {
            _input.Active = true;
            Start();
            Assert.True(_button.IsResetHolding);
            Run(SetupButton.FactoryResetHoldMs - 100);
            Assert.Empty(_events);
            Run(200);
            Assert.True(_button.IsResetConfirmed);
            Run(LongPress);
            _input.Active = false;
            Run(500);

            Assert.Single(_events);
            Assert.Equal(SetupButtonEvent.FactoryReset, _events[0].Event);
            Assert.InRange(_events[0].At, SetupButton.FactoryResetHoldMs, SetupButton.FactoryResetHoldMs + Step);
        }

        [Fact]
        public void APressStartedInsideTheArmWindowSuppressesTheLongPressWhileTheResetIsComing()
        {
            Start();
            Run(500);
            _input.Active = true;
            Run(LongPress + 500);
            Assert.True(_button.IsResetHolding);
            Assert.Empty(_events);
        }

        [Fact]
        public void LettingGoDuringTheBootHoldCancelsTheResetForThisPowerUp()
        {
            _input.Active = true;
            Start();
            Run(3000);
            _input.Active = false;
            Run(Debounce + 20);
            Assert.False(_button.IsResetHolding);
            _input.Active = true;
            Run(SetupButton.FactoryResetHoldMs * 2);

            Assert.False(_button.IsResetConfirmed);
            Assert.DoesNotContain(_events, e => e.Event == SetupButtonEvent.FactoryReset);
            Assert.Contains(_events, e => e.Event == SetupButtonEvent.LongPress);
        }

        [Fact]
        public void ContactBounceShorterThanTheDebounceDoesNotCancelTheBootHold()
        {
            _input.Active = true;
            Start();
            Run(3000);
            _input.Active = false;
            Run(Debounce - Step);
            _input.Active = true;
            Run(SetupButton.FactoryResetHoldMs);

            Assert.True(_button.IsResetConfirmed);
        }

        [Fact]
        public void AHoldStartedAfterTheArmWindowNeverResets()
        {
            Start();
            PastArmWindow();
            _input.Active = true;
            Run(SetupButton.FactoryResetHoldMs * 2);

            Assert.False(_button.IsResetConfirmed);
            Assert.Single(_events);
            Assert.Equal(SetupButtonEvent.LongPress, _events[0].Event);
        }

        [Fact]
        public void TheGesturesWorkWhileTheClockWraps()
        {
            Start(long.MaxValue - 1000);
            PastArmWindow();
            Assert.True(_now < 0, "the clock wrapped before the press");
            _input.Active = true;
            Run(300);
            _input.Active = false;
            Run(200);

            _button = new SetupButton(_input, Debounce, MinPress, ShortMax, LongPress, SetupButton.FactoryResetArmWindowMs);
            _now = long.MaxValue - 3000;
            _input.Active = true;
            Poll();
            Run(SetupButton.FactoryResetHoldMs + 100);

            Assert.Equal(SetupButtonEvent.ShortPress, _events[0].Event);
            Assert.Equal(SetupButtonEvent.FactoryReset, _events[1].Event);
        }

        private sealed class FakeInput : IDigitalInput
        {
            public bool Active { get; set; }

            public bool IsActive
            {
                get { return Active; }
            }
        }
    }
}
