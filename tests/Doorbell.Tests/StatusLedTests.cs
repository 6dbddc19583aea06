// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Runtime.Indicators;
using Xunit;

namespace Doorbell.Tests
{
    public class StatusLedTests
    {
        [Fact]
        public void TheRingAcknowledgementIsLitOnceThenStaysOff()
        {
            LedPattern p = DoorbellLedPatterns.RingAcknowledged;
            Assert.True(p.IsOnAt(0));
            Assert.True(p.IsOnAt(DoorbellLimits.RingAcknowledgeMs - 1));
            Assert.False(p.IsOnAt(DoorbellLimits.RingAcknowledgeMs));
            Assert.False(p.IsOnAt(10 * DoorbellLimits.RingAcknowledgeMs));
        }

        [Theory]
        [InlineData(StatusLedMode.Idle)]
        [InlineData(StatusLedMode.Offline)]
        [InlineData(StatusLedMode.RingAcknowledged)]
        [InlineData(StatusLedMode.PairingWindow)]
        [InlineData(StatusLedMode.FactoryResetHold)]
        [InlineData(StatusLedMode.FactoryResetConfirmed)]
        public void EveryModeHasAPatternThatLightsTheLed(StatusLedMode mode)
        {
            LedPattern p = DoorbellLedPatterns.For(mode);
            Assert.NotNull(p);
            Assert.True(p.IsOnAt(0));
        }

        [Fact]
        public void TheDoorbellModesAreDistinguishableByTheirShape()
        {
            StatusLedMode[] modes =
            {
                StatusLedMode.Idle, StatusLedMode.Offline, StatusLedMode.PairingWindow,
                StatusLedMode.FactoryResetHold, StatusLedMode.FactoryResetConfirmed,
            };
            var shapes = new System.Collections.Generic.HashSet<string>();
            foreach (StatusLedMode mode in modes)
            {
                LedPattern p = DoorbellLedPatterns.For(mode);
                var sb = new System.Text.StringBuilder();
                for (int t = 0; t < 5000; t += 10)
                {
                    sb.Append(p.IsOnAt(t) ? '1' : '0');
                }

                Assert.True(shapes.Add(sb.ToString()), "two modes look the same");
            }
        }

        [Fact]
        public void TheLedShowsIdleOfflineRingAndPairingInPriorityOrder()
        {
            DoorbellRig rig = new DoorbellRig(online: false);
            rig.Run(10);
            Assert.Equal(StatusLedMode.Offline, rig.Status().LedMode);
            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.Equal(StatusLedMode.Idle, rig.Status().LedMode);

            rig.Button.Active = true;
            rig.Run(100);
            Assert.Equal(StatusLedMode.RingAcknowledged, rig.Status().LedMode);
            Assert.True(rig.Led.IsActive);
            rig.Button.Active = false;
            rig.Run(DoorbellLimits.RingAcknowledgeMs);
            Assert.Equal(StatusLedMode.Idle, rig.Status().LedMode);

            rig.Setup.Active = true;
            rig.Run(DoorbellLimits.PairingHoldMs + 20);
            rig.Setup.Active = false;
            rig.Run(10);
            Assert.Equal(StatusLedMode.PairingWindow, rig.Status().LedMode);
            rig.Button.Active = true;
            rig.Run(100);
            Assert.Equal(StatusLedMode.PairingWindow, rig.Status().LedMode);
        }

        [Fact]
        public void TheIdleLedBlinksBrieflyEveryFiveSeconds()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Run(10);
            int before = rig.Led.Writes.Count;
            rig.Run(20000);
            var pulses = rig.Led.Pulses();
            Assert.InRange(rig.Led.Writes.Count - before, 7, 9);
            Assert.All(pulses.FindAll(p => p.Length >= 0), p => Assert.Equal(50, p.Length));
        }
    }
}
