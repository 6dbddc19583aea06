// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Crypto.Audit;
using Xunit;

namespace Doorbell.Tests
{
    public class SetupButtonTests
    {
        [Fact]
        public void HoldingTheSetupButtonForThePairingHoldOpensThePairingWindowOnce()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Run(5000);
            rig.Setup.Active = true;
            long pressedAt = rig.Now;
            rig.Run(DoorbellLimits.PairingHoldMs - 10);
            Assert.Empty(rig.Pairing.Opened);
            rig.Run(20);
            long opened = Assert.Single(rig.Pairing.Opened);
            Assert.InRange(opened - pressedAt, DoorbellLimits.PairingHoldMs, DoorbellLimits.PairingHoldMs + 20);
            rig.Run(20000);
            Assert.Single(rig.Pairing.Opened);
            Assert.Equal(0, rig.Reset.Wipes);
        }

        [Fact]
        public void AShortPressOfTheSetupButtonDoesNothing()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Run(5000);
            rig.Setup.Active = true;
            rig.Run(DoorbellLimits.PairingHoldMs - 500);
            rig.Setup.Active = false;
            rig.Run(10000);
            Assert.Empty(rig.Pairing.Opened);
            Assert.Empty(rig.Sink.Delivered);
        }

        [Fact]
        public void HoldingTheSetupButtonThroughBootForTenSecondsWipesTheDeviceOnce()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs - 10);
            Assert.Equal(0, rig.Reset.Wipes);
            Assert.Equal(StatusLedMode.FactoryResetHold, rig.Status().LedMode);
            rig.Run(10);
            Assert.Equal(1, rig.Reset.Wipes);
            Assert.True(rig.Controller.FactoryResetWiped);
            rig.Run(30000);
            Assert.Equal(1, rig.Reset.Wipes);
            Assert.Empty(rig.Pairing.Opened);
        }

        [Fact]
        public void AfterTheWipeTheLedConfirmsAndCommandsAreRefused()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs + 100);
            DoorbellSnapshot s = new DoorbellSnapshot();
            Assert.Equal(DoorbellReason.FactoryResetInProgress, rig.Controller.Status(s, ActorKind.Owner, 1, rig.Now));
            Assert.Equal(
                DoorbellReason.FactoryResetInProgress,
                rig.Controller.UnlockStrike(5, true, ActorKind.Guest, 1, rig.Now));
            int writes = rig.Led.Writes.Count;
            rig.Run(1000);
            Assert.InRange(rig.Led.Writes.Count - writes, 18, 22);
        }

        [Fact]
        public void LettingGoBeforeTenSecondsCancelsTheResetForThisPowerUp()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(9000);
            rig.Setup.Active = false;
            rig.Run(100);
            rig.Setup.Active = true;
            rig.Run(60000);
            Assert.Equal(0, rig.Reset.Wipes);

            // The second hold is an ordinary long press: it opens pairing instead.
            Assert.Single(rig.Pairing.Opened);
        }

        [Fact]
        public void TheResetGestureCannotStartAfterTheFirstSecondsOfOperation()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Run(DoorbellLimits.FactoryResetArmWindowMs + 10);
            rig.Setup.Active = true;
            rig.Run(120000);
            Assert.Equal(0, rig.Reset.Wipes);
        }

        [Fact]
        public void HoldingTheOutsideButtonThroughBootNeitherResetsNorPairs()
        {
            DoorbellRig boot = new DoorbellRig(buttonHeldAtBoot: true);
            boot.Run(60000);
            Assert.Equal(0, boot.Reset.Wipes);
            Assert.Empty(boot.Pairing.Opened);

            // A button stuck closed at boot does not ring either.
            Assert.Empty(boot.Sink.Delivered);
        }

        [Fact]
        public void AResetHandlerAttachedLateStillWipesAfterTheGesture()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Controller.AttachFactoryReset(null);
            rig.Run(DoorbellLimits.FactoryResetHoldMs + 500);
            Assert.True(rig.Controller.FactoryResetRequested);
            Assert.False(rig.Controller.FactoryResetWiped);
            FakeFactoryReset late = new FakeFactoryReset();
            rig.Controller.AttachFactoryReset(late);
            rig.Run(10);
            Assert.Equal(1, late.Wipes);
        }

        [Fact]
        public void TheResetStopsTheChimeAndLocksTheStrike()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(DoorbellLimits.FactoryResetHoldMs - 1000);
            rig.Controller.UnlockStrike(10, false, ActorKind.Owner, 1, rig.Now);
            rig.Run(1000);
            Assert.False(rig.Strike.IsActive);
        }

        [Fact]
        public void ContactBounceDuringTheBootHoldDoesNotCancelTheReset()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(4000);
            rig.Setup.Active = false;
            rig.Run(10);
            rig.Setup.Active = true;
            rig.Run(DoorbellLimits.FactoryResetHoldMs);
            Assert.Equal(1, rig.Reset.Wipes);
        }

        [Fact]
        public void ADeliberateReleaseDuringTheBootHoldCancelsTheReset()
        {
            DoorbellRig rig = new DoorbellRig(setupHeldAtBoot: true);
            rig.Run(4000);
            rig.Setup.Active = false;
            rig.Run(DoorbellLimits.SetupDebounceMs + 10);
            rig.Setup.Active = true;
            rig.Run(DoorbellLimits.FactoryResetHoldMs * 2);
            Assert.Equal(0, rig.Reset.Wipes);
        }
    }
}
