// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    public class RingTests
    {
        [Fact]
        public void APressRingsTheChimePulsesTheCameraAndDeliversOneEvent()
        {
            DoorbellRig rig = new DoorbellRig();
            long pressAt = rig.Now;
            rig.Press(200);
            rig.Run(3000);

            Assert.Single(rig.Chime.Pulses());
            Assert.Single(rig.Camera.Pulses());
            RingEvent e = Assert.Single(rig.Sink.Delivered);
            Assert.Equal(DoorbellEventKind.Ring, e.Kind);
            Assert.Equal(1, e.Sequence);
            Assert.True(e.ChimeSounded);
            Assert.Equal(0, e.SuppressedPresses);
            Assert.InRange(e.MonotonicMs, pressAt + 60, pressAt + 80);
            Assert.Equal(0, e.UtcMs);
        }

        [Fact]
        public void AGhostRingFromEmiNeverRings()
        {
            DoorbellRig rig = new DoorbellRig();
            for (int i = 0; i < 100; i++)
            {
                rig.Button.Active = true;
                rig.Run(5, 1);
                rig.Button.Active = false;
                rig.Run(50, 1);
            }

            Assert.Empty(rig.Chime.Pulses());
            Assert.Empty(rig.Camera.Pulses());
            Assert.Empty(rig.Sink.Delivered);
            Assert.Equal(0, rig.Status().LastSequence);
        }

        [Fact]
        public void APressShorterThanTheConfiguredMinimumNeverRings()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.MinPressMs = 150;
            DoorbellRig rig = new DoorbellRig(s);
            rig.Press(140);
            Assert.Empty(rig.Sink.Delivered);
            rig.Press(170);
            Assert.Single(rig.Sink.Delivered);
        }

        [Fact]
        public void HoldingTheOutsideButtonRingsOnceAndNeverOpensPairing()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Press(30000);
            Assert.Single(rig.Sink.Delivered);
            Assert.Empty(rig.Pairing.Opened);
            Assert.Equal(0, rig.Reset.Wipes);
        }

        [Fact]
        public void AFloodOfPressesIsRateLimitedAndTheNextRingReportsTheSuppressedCount()
        {
            DoorbellRig rig = new DoorbellRig();
            for (int i = 0; i < 20; i++)
            {
                rig.Press(100);
            }

            Assert.Equal(3, rig.Sink.Delivered.Count);
            Assert.Equal(17, rig.Status().SuppressedPresses);

            rig.Run(20000);
            rig.Press(100);
            Assert.Equal(4, rig.Sink.Delivered.Count);
            RingEvent last = rig.Sink.Delivered[3];
            Assert.Equal(17, last.SuppressedPresses);
            Assert.Equal(4, last.Sequence);
            Assert.Equal(4, rig.Chime.Writes.FindAll(w => w.Level).Count);
            Assert.Equal(0, rig.Status().SuppressedPresses);
        }

        [Fact]
        public void TheSingleChimePatternClosesTheRelayFor400Ms()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Press(100);
            rig.Run(2000);
            var pulse = Assert.Single(rig.Chime.Pulses());
            Assert.Equal(400, pulse.Length);
        }

        [Fact]
        public void TheDoubleChimePatternPlaysItsStepsAsData()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.ChimePatternIndex = ChimePattern.DoubleIndex;
            DoorbellRig rig = new DoorbellRig(s);
            rig.Press(100);
            rig.Run(3000);
            var pulses = rig.Chime.Pulses();
            Assert.Equal(2, pulses.Count);
            Assert.Equal(400, pulses[0].Length);
            Assert.Equal(400, pulses[1].Length);
            Assert.Equal(1000, pulses[1].Start - pulses[0].Start);
        }

        [Fact]
        public void TheCameraPulseHasTheConfiguredLength()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.CameraPulseMs = 750;
            DoorbellRig rig = new DoorbellRig(s);
            rig.Press(100);
            rig.Run(2000);
            Assert.Equal(750, Assert.Single(rig.Camera.Pulses()).Length);
        }

        [Fact]
        public void ACameraPulseLongerThanTheLimitIsClampedToIt()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.CameraPulseMs = 60000;
            DoorbellRig rig = new DoorbellRig(s);
            rig.Press(100);
            rig.Run(70000);
            Assert.Equal(DoorbellLimits.CameraMaxPulseMs, Assert.Single(rig.Camera.Pulses()).Length);
        }

        [Fact]
        public void EventsCarryTheTrustedUtcAdvancedByTheMonotonicClock()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.SetTrustedUtc(1_800_000_000_000, rig.Now);
            long utcAt = rig.Now;
            rig.Run(5000);
            rig.Press(100);
            RingEvent e = Assert.Single(rig.Sink.Delivered);
            Assert.Equal(1_800_000_000_000 + (e.MonotonicMs - utcAt), e.UtcMs);
        }

        [Fact]
        public void MotionIsReportedAsARateLimitedEvent()
        {
            DoorbellRig rig = new DoorbellRig();
            for (int i = 0; i < 5; i++)
            {
                rig.Motion.Active = true;
                rig.Run(3000);
                rig.Motion.Active = false;
                rig.Run(3000);
            }

            RingEvent e = Assert.Single(rig.Sink.Delivered);
            Assert.Equal(DoorbellEventKind.Motion, e.Kind);
            Assert.False(e.ChimeSounded);
            Assert.Empty(rig.Chime.Pulses());

            rig.Run(60000);
            rig.Motion.Active = true;
            rig.Run(500);
            Assert.Equal(2, rig.Sink.Delivered.Count);
            Assert.Equal(4, rig.Sink.Delivered[1].SuppressedPresses);
        }

        [Fact]
        public void ARingAcrossTheClockWrapStillReleasesChimeAndCameraOnTime()
        {
            DoorbellRig rig = new DoorbellRig(start: long.MaxValue - 100);
            rig.Press(100);
            rig.Run(2000);
            Assert.True(rig.Now < 0, "the test must cross the wrap");
            Assert.Equal(400, Assert.Single(rig.Chime.Pulses()).Length);
            Assert.Equal(200, Assert.Single(rig.Camera.Pulses()).Length);
            Assert.False(rig.Chime.IsActive);
            Assert.False(rig.Camera.IsActive);
        }
    }
}
