// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware;
using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    public class DoorbellDeviceTests
    {
        private sealed class BrokenPairing : IPairingControl
        {
            public void OpenPairingWindow(long now)
            {
            }

            public bool IsPairingWindowOpen(long now)
            {
                throw new InvalidOperationException("store offline");
            }
        }

        [Fact]
        public void APollThatThrowsIsCountedLoggedSparinglyAndStillReleasesOutputs()
        {
            DoorbellRig rig = new DoorbellRig();
            ListLog log = new ListLog();
            TestClock clock = new TestClock { NowMilliseconds = rig.Now };
            DoorbellDevice device = new DoorbellDevice(rig.Controller, clock, log);
            rig.Controller.AttachPairing(new BrokenPairing());
            rig.Controller.UnlockStrike(2, false, ActorKind.Owner, 1, rig.Now);

            long now = rig.Now;
            for (int i = 0; i < 250; i++)
            {
                now += 10;
                device.Poll(now);
            }

            Assert.Equal(250, device.PollFailures);
            Assert.Equal(3, log.Lines.Count);
            Assert.Contains("store offline", log.Lines[0]);
            Assert.False(rig.Strike.IsActive);
            Assert.Same(rig.Controller, device.Controller);
        }

        [Fact]
        public void ASetupHoldAtStartUpIsAnnouncedAsTheFactoryResetGestureAndItsCancellationToo()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            ListLog log = new ListLog();
            DoorbellDevice device = new DoorbellDevice(rig.Controller, new TestClock { NowMilliseconds = rig.Now }, log);
            long now = rig.Now;
            for (int i = 0; i < 100; i++)
            {
                now += 10;
                device.Poll(now);
            }

            Assert.Single(log.Lines, l => l.StartsWith("doorbell: setup button held at start-up: this is the FACTORY RESET gesture"));

            rig.Setup.Active = false;
            for (int i = 0; i < 100; i++)
            {
                now += 10;
                device.Poll(now);
            }

            Assert.Single(log.Lines, l => l.StartsWith("doorbell: setup button let go: factory reset cancelled"));
            Assert.Equal(0, rig.Reset.Wipes);
        }
    }
}
