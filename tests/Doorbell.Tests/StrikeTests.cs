// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    public class StrikeTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(11)]
        [InlineData(-1)]
        [InlineData(int.MaxValue)]
        public void UnlockTimesOutside1To10SecondsAreRefusedAndTheStrikeNeverMoves(int seconds)
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(
                DoorbellReason.StrikeDurationOutOfRange,
                rig.Controller.UnlockStrike(seconds, false, ActorKind.Owner, 1, rig.Now));
            rig.Run(1000);
            Assert.DoesNotContain(rig.Strike.Writes, w => w.Level);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        [InlineData(10)]
        public void AnOwnerUnlockHoldsTheStrikeExactlyAsLongAsAsked(int seconds)
        {
            DoorbellRig rig = new DoorbellRig();
            long start = rig.Now;
            Assert.Equal(DoorbellReason.Done, rig.Controller.UnlockStrike(seconds, false, ActorKind.Owner, 3, rig.Now));
            rig.Run(seconds * 1000 - 10);
            Assert.True(rig.Strike.IsActive);
            DoorbellSnapshot s = rig.Status();
            Assert.True(s.StrikeUnlocked);
            Assert.Equal(ActorKind.Owner, s.StrikeActor);
            Assert.Equal(3, s.StrikeActorId);
            rig.Run(10);
            Assert.False(rig.Strike.IsActive);
            Assert.Equal((start, seconds * 1000L), Assert.Single(rig.Strike.Pulses()));
        }

        [Fact]
        public void ARepeatedUnlockRestartsTheTimeButNeverAddsToIt()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now);
            rig.Run(9000);
            long again = rig.Now;
            rig.Controller.UnlockStrike(2, false, ActorKind.Owner, 1, rig.Now);
            rig.Run(2000);
            Assert.False(rig.Strike.IsActive);
            Assert.Equal(again + 2000, rig.Strike.Writes[rig.Strike.Writes.Count - 1].Time);
        }

        [Fact]
        public void GuestsAreRefusedUnlessTheirPassAllowsUnlocking()
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.GuestNotAllowed, rig.Controller.UnlockStrike(5, false, ActorKind.Guest, 9, rig.Now));
            rig.Run(100);
            Assert.False(rig.Strike.IsActive);
            Assert.Equal(DoorbellReason.Done, rig.Controller.UnlockStrike(5, true, ActorKind.Guest, 9, rig.Now));
            Assert.True(rig.Strike.IsActive);
            Assert.Equal(ActorKind.Guest, rig.Status().StrikeActor);
        }

        [Theory]
        [InlineData(ActorKind.None)]
        [InlineData(ActorKind.Manual)]
        [InlineData(ActorKind.LocalButton)]
        [InlineData(ActorKind.System)]
        [InlineData(ActorKind.AutoClose)]
        public void NonOwnerActorsCannotUnlockEvenWithThePassFlagSet(ActorKind actor)
        {
            DoorbellRig rig = new DoorbellRig();
            Assert.Equal(DoorbellReason.ActorNotAllowed, rig.Controller.UnlockStrike(5, true, actor, 1, rig.Now));
            Assert.False(rig.Strike.IsActive);
        }

        [Fact]
        public void WithoutAStrikeFittedUnlockIsRefused()
        {
            DoorbellRig rig = new DoorbellRig(strike: false);
            Assert.Equal(DoorbellReason.StrikeNotFitted, rig.Controller.UnlockStrike(5, false, ActorKind.Owner, 1, rig.Now));
            Assert.False(rig.Status().StrikeFitted);
        }

        [Fact]
        public void LockStrikeRelocksAtOnce()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now);
            rig.Run(1000);
            Assert.Equal(DoorbellReason.Done, rig.Controller.LockStrike(false, ActorKind.Owner, 1, rig.Now));
            Assert.False(rig.Strike.IsActive);
        }

        [Fact]
        public void AThrowingListenerNeverKeepsTheStrikeOpen()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Sink.Throw = true;
            rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now);
            for (int i = 0; i < 5; i++)
            {
                rig.Press(100);
            }

            rig.Run(10000);
            Assert.True(rig.Sink.Attempts > 0);
            Assert.False(rig.Strike.IsActive);
            Assert.Equal(10000, Assert.Single(rig.Strike.Pulses()).Length);
            Assert.False(rig.Chime.IsActive);
            Assert.False(rig.Camera.IsActive);
        }

        [Fact]
        public void AThrowingPairingHandlerStillLetsThePollReleaseTheStrikeAndDeliverRings()
        {
            DoorbellRig rig = new DoorbellRig();
            // Past the boot window, so the hold is a pairing request, not a reset.
            rig.Run(DoorbellLimits.FactoryResetArmWindowMs + 10);
            rig.Setup.Active = true;
            rig.Run(DoorbellLimits.PairingHoldMs - 100);
            rig.Controller.AttachPairing(new ExplodingPairing());
            rig.Controller.UnlockStrike(3, false, ActorKind.Owner, 1, rig.Now);
            int failures = 0;
            for (int i = 0; i < 1000; i++)
            {
                rig.Button.Active = i >= 100 && i < 120;
                try
                {
                    rig.Run(10);
                }
                catch (InvalidOperationException)
                {
                    failures++;
                }
            }

            Assert.True(failures > 0);
            Assert.False(rig.Strike.IsActive);

            // Rings still ring and are still delivered while the pairing code keeps failing.
            Assert.Single(rig.Sink.Delivered);
            Assert.Equal(3000, Assert.Single(rig.Strike.Pulses()).Length);
        }

        [Fact]
        public void ADriverThatThrowsWhileEnergisingIsDrivenInactiveAgain()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Strike.ThrowOnActivate = true;
            Assert.Throws<InvalidOperationException>(
                () => rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now));
            Assert.False(rig.Strike.IsActive);
            Assert.False(rig.Status().StrikeUnlocked);
        }

        [Fact]
        public void TheStrikeIsReleasedOnTimeAcrossTheClockWrap()
        {
            DoorbellRig rig = new DoorbellRig(start: long.MaxValue - 4000);
            rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now);
            rig.Run(9990);
            Assert.True(rig.Strike.IsActive);
            rig.Run(10);
            Assert.False(rig.Strike.IsActive);
        }

        private sealed class ExplodingPairing : IPairingControl
        {
            public void OpenPairingWindow(long now)
            {
                throw new InvalidOperationException("pairing store broken");
            }

            public bool IsPairingWindowOpen(long now)
            {
                throw new InvalidOperationException("pairing store broken");
            }
        }
    }
}
