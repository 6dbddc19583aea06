// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using nanoFramework.TestFramework;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;

namespace NFUnitTest
{
    /// <summary>Garage lockout, settings clamps, the Settings action (read and change) and the relay pulser's bounds.</summary>
    [TestClass]
    public class GarageSettingsTests
    {
        [TestMethod]
        public void Vacation_lockout_refuses_opens_by_members_and_guests_but_not_admins()
        {
            GarageRig rig = GarageRig.Closed();
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now));
            Assert.IsTrue(rig.Snapshot.Locked);
            Assert.AreEqual((int)GarageReason.LockedOut, (int)rig.Controller.Open(ActorKind.Owner, 2, false, rig.Now));
            Assert.AreEqual((int)GarageReason.LockedOut, (int)rig.Controller.Open(ActorKind.Guest, 5, false, rig.Now));
            rig.Run(5000);
            Assert.AreEqual(0, rig.Relay.Rises);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Open());
            rig.RunUntil(DoorState.Open);
        }

        [TestMethod]
        public void Lockout_never_blocks_closing_or_stopping()
        {
            GarageRig rig = GarageRig.Opened();
            rig.Controller.SetLocked(true, ActorKind.Owner, 1, true, rig.Now);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.Close(ActorKind.Owner, 2, false, rig.Now));
            rig.RunUntil(DoorState.Closing);
            Assert.AreEqual((int)GarageReason.Done, (int)rig.Controller.Stop(ActorKind.Guest, 5, false, rig.Now));
        }

        [TestMethod]
        public void Only_admins_lock_and_change_settings()
        {
            GarageRig rig = GarageRig.Closed();
            Assert.AreEqual((int)GarageReason.NotPermitted, (int)rig.Controller.SetLocked(true, ActorKind.Owner, 2, false, rig.Now));
            GarageSettings s = rig.Controller.Settings;
            s.WarningMs = 20000;
            Assert.AreEqual((int)GarageReason.NotPermitted, (int)rig.Controller.ApplySettings(s, ActorKind.Owner, 2, false, rig.Now));
            Assert.IsFalse(rig.Snapshot.Locked);
            Assert.AreEqual(GarageSettings.MinWarningMs, rig.Controller.Settings.WarningMs);
        }

        [TestMethod]
        public void Every_setting_is_clamped_to_its_range()
        {
            GarageSettings low = new GarageSettings();
            low.PulseMs = 1;
            low.MinGapMs = 1;
            low.WarningMs = 1;
            low.DepartureTimeoutMs = 1;
            low.TravelMarginMs = 1;
            low.AutoCloseMinutes = -5;
            low = low.Clamped();
            Assert.AreEqual(GarageSettings.MinPulseMs, low.PulseMs);
            Assert.AreEqual(GarageSettings.MinGapFloorMs, low.MinGapMs);
            Assert.AreEqual(GarageSettings.MinWarningMs, low.WarningMs);
            Assert.AreEqual(GarageSettings.MinDepartureMs, low.DepartureTimeoutMs);
            Assert.AreEqual(GarageSettings.MinMarginMs, low.TravelMarginMs);
            Assert.AreEqual(0, low.AutoCloseMinutes);

            GarageSettings high = new GarageSettings();
            high.PulseMs = int.MaxValue;
            high.MinGapMs = int.MaxValue;
            high.WarningMs = int.MaxValue;
            high.DepartureTimeoutMs = int.MaxValue;
            high.TravelMarginMs = int.MaxValue;
            high.AutoCloseMinutes = int.MaxValue;
            high = high.Clamped();
            Assert.AreEqual(GarageSettings.MaxPulseMs, high.PulseMs);
            Assert.AreEqual(GarageSettings.MaxGapMs, high.MinGapMs);
            Assert.AreEqual(GarageSettings.MaxWarningMs, high.WarningMs);
            Assert.AreEqual(GarageSettings.MaxDepartureMs, high.DepartureTimeoutMs);
            Assert.AreEqual(GarageSettings.MaxMarginMs, high.TravelMarginMs);
            Assert.AreEqual(GarageSettings.MaxAutoCloseMinutes, high.AutoCloseMinutes);
        }

        [TestMethod]
        public void An_undefined_opener_kind_is_refused_and_changes_nothing()
        {
            GarageRig rig = GarageRig.Closed();
            GarageSettings s = rig.Controller.Settings;
            s.Opener = (OpenerKind)9;
            s.WarningMs = 9000;
            Assert.AreEqual((int)GarageReason.InvalidSetting, (int)rig.Controller.ApplySettings(s, ActorKind.Owner, 1, true, rig.Now));
            Assert.AreEqual(GarageSettings.MinWarningMs, rig.Controller.Settings.WarningMs);
        }

        [TestMethod]
        public void Settings_are_refused_while_a_move_is_in_flight()
        {
            GarageRig rig = GarageRig.Closed();
            rig.Open();
            Assert.AreEqual((int)GarageReason.InMotion, (int)rig.Controller.ApplySettings(new GarageSettings(), ActorKind.Owner, 1, true, rig.Now));
        }

        [TestMethod]
        public void Pulse_length_is_clamped_to_250_to_1000_ms()
        {
            int[] requested = new int[] { 10, 600, 5000 };
            int[] expected = new int[] { 250, 600, 1000 };
            for (int i = 0; i < requested.Length; i++)
            {
                FakeClock clock = new FakeClock(5000);
                FakeOutput relay = new FakeOutput(clock);
                RelayPulser pulser = new RelayPulser(relay, null, null);
                Assert.IsTrue(pulser.TryPulse(RelayChannel.Primary, requested[i], 1000, clock.NowMilliseconds));
                while (relay.IsActive)
                {
                    clock.Advance(10);
                    pulser.Poll(clock.NowMilliseconds);
                }

                Assert.AreEqual((long)expected[i], relay.PulseLength(0));
            }
        }

        [TestMethod]
        public void A_second_pulse_waits_for_the_minimum_gap()
        {
            FakeClock clock = new FakeClock(5000);
            FakeOutput relay = new FakeOutput(clock);
            RelayPulser pulser = new RelayPulser(relay, null, null);
            long now = clock.NowMilliseconds;
            pulser.TryPulse(RelayChannel.Primary, 500, 2000, now);
            Assert.IsFalse(pulser.TryPulse(RelayChannel.Primary, 500, 2000, now + 100));
            now += 500;
            pulser.Poll(now);
            Assert.IsFalse(pulser.TryPulse(RelayChannel.Primary, 500, 2000, now + 1990));
            Assert.IsTrue(pulser.TryPulse(RelayChannel.Primary, 500, 2000, now + 2000));
            Assert.AreEqual(2, relay.Rises);
        }

        [TestMethod]
        public void The_gap_cannot_be_set_below_its_floor()
        {
            FakeClock clock = new FakeClock(5000);
            RelayPulser pulser = new RelayPulser(new FakeOutput(clock), null, null);
            long now = clock.NowMilliseconds;
            pulser.TryPulse(RelayChannel.Primary, 250, 0, now);
            now += 250;
            pulser.Poll(now);
            Assert.IsFalse(pulser.CanPulse(now + GarageSettings.MinGapFloorMs - 1, 0));
            Assert.IsTrue(pulser.CanPulse(now + GarageSettings.MinGapFloorMs, 0));
        }

        [TestMethod]
        public void A_late_poll_releases_a_pulse_that_overstayed()
        {
            FakeClock clock = new FakeClock(5000);
            FakeOutput relay = new FakeOutput(clock);
            RelayPulser pulser = new RelayPulser(relay, null, null);
            pulser.TryPulse(RelayChannel.Primary, 500, 1000, clock.NowMilliseconds);
            pulser.Poll(clock.NowMilliseconds + 7000);
            Assert.IsFalse(relay.IsActive);
        }

        [TestMethod]
        public void A_driver_that_throws_while_energising_leaves_the_relay_released()
        {
            FakeClock clock = new FakeClock(5000);
            FakeOutput relay = new FakeOutput(clock);
            relay.ThrowOnActivate = true;
            RelayPulser pulser = new RelayPulser(relay, null, null);
            Assert.ThrowsException(typeof(InvalidOperationException), () => pulser.TryPulse(RelayChannel.Primary, 500, 1000, 5000));
            Assert.IsFalse(relay.IsActive);
            Assert.IsFalse(pulser.IsPulsing);
        }

        [TestMethod]
        public void A_relay_found_energised_without_a_pulse_is_released_at_the_next_poll()
        {
            FakeClock clock = new FakeClock(5000);
            FakeOutput relay = new FakeOutput(clock);
            RelayPulser pulser = new RelayPulser(relay, null, null);
            relay.Write(true);
            pulser.Poll(clock.NowMilliseconds);
            Assert.IsFalse(relay.IsActive);
        }

        private static CommandContext SettingsCommand(OwnerRole role, ActorKind actor, byte[] args)
        {
            CommandContext c = new CommandContext();
            c.Actor = actor;
            c.Role = role;
            c.KeyId = 1;
            c.Action = GarageAction.Settings;
            c.Arguments = args;
            c.ArgumentsOffset = 0;
            c.ArgumentsLength = args.Length;
            return c;
        }

        private static byte[] Encoded(GarageSettings s)
        {
            byte[] b = new byte[GarageSettingsCodec.Size];
            GarageSettingsCodec.Encode(s, b, 0);
            return b;
        }

        private static byte[] ResultOf(CommandContext c)
        {
            byte[] b = new byte[c.ResultLength];
            Array.Copy(c.ResultData, b, c.ResultLength);
            return b;
        }

        [TestMethod]
        public void The_settings_action_without_arguments_reads_the_settings_in_force()
        {
            GarageRig rig = GarageRig.Closed();
            GarageSettings s = rig.Controller.Settings;
            s.AutoCloseMinutes = 9;
            rig.Controller.ApplySettings(s, ActorKind.Owner, 1, true, rig.Now);
            GarageCommandHandler handler = new GarageCommandHandler(rig.Controller, new object(), rig.Clock);
            CommandContext read = SettingsCommand(OwnerRole.Admin, ActorKind.Owner, new byte[0]);
            Assert.AreEqual((int)GarageReason.Done, (int)handler.Execute(read));
            CollectionAssert.AreEqual(Encoded(rig.Controller.Settings), ResultOf(read));
            Assert.AreEqual(9, (int)read.ResultData[10]);
        }

        [TestMethod]
        public void The_settings_action_answers_a_change_with_the_clamped_values_in_force()
        {
            GarageRig rig = GarageRig.Closed();
            GarageSettings wanted = new GarageSettings();
            wanted.WarningMs = 100;
            wanted.PulseMs = 5000;
            GarageCommandHandler handler = new GarageCommandHandler(rig.Controller, new object(), rig.Clock);
            CommandContext change = SettingsCommand(OwnerRole.Admin, ActorKind.Owner, Encoded(wanted));
            Assert.AreEqual((int)GarageReason.Done, (int)handler.Execute(change));
            GarageSettings answered = GarageSettingsCodec.TryDecode(change.ResultData, 0, change.ResultLength);
            Assert.AreEqual(GarageSettings.MinWarningMs, answered.WarningMs);
            Assert.AreEqual(GarageSettings.MaxPulseMs, answered.PulseMs);
            Assert.AreEqual(GarageSettings.MaxPulseMs, rig.Controller.Settings.PulseMs);
        }

        [TestMethod]
        public void Members_and_guests_are_forbidden_the_settings_action_and_get_no_data()
        {
            GarageRig rig = GarageRig.Closed();
            GarageCommandHandler handler = new GarageCommandHandler(rig.Controller, new object(), rig.Clock);
            GarageSettings wanted = new GarageSettings();
            wanted.WarningMs = 20000;
            CommandContext member = SettingsCommand(OwnerRole.Member, ActorKind.Owner, Encoded(wanted));
            CommandContext memberRead = SettingsCommand(OwnerRole.Member, ActorKind.Owner, new byte[0]);
            CommandContext guest = SettingsCommand(OwnerRole.None, ActorKind.Guest, new byte[0]);
            Assert.AreEqual((int)ReasonCode.Forbidden, (int)handler.Execute(member));
            Assert.AreEqual((int)ReasonCode.Forbidden, (int)handler.Execute(memberRead));
            Assert.AreEqual((int)ReasonCode.Forbidden, (int)handler.Execute(guest));
            Assert.AreEqual(0, member.ResultLength + memberRead.ResultLength + guest.ResultLength);
            Assert.AreEqual(GarageSettings.MinWarningMs, rig.Controller.Settings.WarningMs);
        }
    }
}
