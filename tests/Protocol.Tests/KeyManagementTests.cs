// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Roles, listing, revocation, rotation and the last-admin rule, each through one message.</summary>
    public class KeyManagementTests
    {
        private const byte Open = 0x20;
        private readonly DeviceHarness _device = new DeviceHarness(5);
        private readonly OwnerSession _admin;
        private readonly OwnerSession _member;

        public KeyManagementTests()
        {
            _admin = _device.Pair(DeviceHarness.Sequence(32, 1));
            _member = _device.Pair(DeviceHarness.Sequence(32, 2));
        }

        private byte Run(OwnerSession who, ProtocolAction action, byte[] args, out byte[] data)
        {
            return _device.SendAndOpen(who, _device.Command(who, (byte)action, args), out data);
        }

        [Fact]
        public void AdminListsKeysWithRolesAndFingerprints()
        {
            byte[] data;
            Assert.Equal(0, Run(_admin, ProtocolAction.ListKeys, null, out data));
            Assert.Equal(1 + (2 * 10), data.Length);
            Assert.Equal(2, data[0]);
            Assert.Equal(new byte[] { 1, (byte)OwnerRole.Admin }, data[1..3]);
            Assert.Equal(_device.Registry.GetSlot(0).OwnerPublicKey[..8], data[3..11]);
            Assert.Equal(new byte[] { 2, (byte)OwnerRole.Member }, data[11..13]);
        }

        [Fact]
        public void MemberMayOperateButNotManage()
        {
            byte[] data;
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, Open), out data));
            Assert.Equal((byte)ReasonCode.Forbidden, Run(_member, ProtocolAction.ListKeys, null, out data));
            Assert.Equal((byte)ReasonCode.Forbidden, Run(_member, ProtocolAction.RevokeKey, new byte[] { 1 }, out data));
            Assert.Equal((byte)ReasonCode.Forbidden, Run(_member, ProtocolAction.ReadAudit, new byte[8], out data));
            Assert.Equal(2, _device.Registry.Count);
        }

        [Fact]
        public void RevokedKeyIsUnknownFromTheNextMessageOn()
        {
            byte[] data;
            Assert.Equal(0, Run(_admin, ProtocolAction.RevokeKey, new byte[] { 2 }, out data));
            Assert.True(_device.Verifier.Process(new byte[0], 0, 0, false, _device.Now, _device.Response, 0).Reason != 0);
            VerifyOutcome outcome = _device.Send(_device.Command(_member, Open));
            Assert.Equal((byte)ReasonCode.UnknownKey, outcome.Reason);
            Assert.Equal(0, outcome.ResponseLength);
        }

        [Fact]
        public void RevocationSurvivesAReboot()
        {
            byte[] data;
            VerifyOutcome outcome = _device.Send(_device.Command(_admin, (byte)ProtocolAction.RevokeKey, new byte[] { 2 }));
            Assert.True(outcome.RegistryChanged);
            DeviceHarness rebooted = _device.Reboot();
            Assert.Equal((byte)ReasonCode.UnknownKey, rebooted.Send(rebooted.Command(_member, Open)).Reason);
            Assert.Equal(1, rebooted.Registry.Count);
            Assert.Equal((byte)ReasonCode.CounterResync, rebooted.SendAndOpen(_admin, rebooted.Command(_admin, Open), out data));
        }

        [Fact]
        public void RemovingOrDemotingTheLastAdminIsRefused()
        {
            byte[] data;
            Assert.Equal((byte)ReasonCode.LastAdmin, Run(_admin, ProtocolAction.RevokeKey, new byte[] { 1 }, out data));
            Assert.Equal((byte)ReasonCode.LastAdmin, Run(_admin, ProtocolAction.SetRole, new byte[] { 1, (byte)OwnerRole.Member }, out data));
            Assert.Equal(OwnerRole.Admin, _device.Registry.GetSlot(0).Role);

            // With a second admin, the first may step down.
            Assert.Equal(0, Run(_admin, ProtocolAction.SetRole, new byte[] { 2, (byte)OwnerRole.Admin }, out data));
            Assert.Equal(0, Run(_admin, ProtocolAction.RevokeKey, new byte[] { 1 }, out data));
        }

        [Fact]
        public void BadArgumentsAndUnknownKeysAreRefused()
        {
            byte[] data;
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_admin, ProtocolAction.RevokeKey, null, out data));
            Assert.Equal((byte)ReasonCode.NoSuchKey, Run(_admin, ProtocolAction.RevokeKey, new byte[] { 77 }, out data));
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_admin, ProtocolAction.SetRole, new byte[] { 2, 9 }, out data));
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_admin, ProtocolAction.Ping, new byte[] { 1 }, out data));
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_admin, ProtocolAction.RotateKey, new byte[31], out data));
        }

        [Fact]
        public void RotationReplacesTheKeyInOneMessageAndTheOldKeyStopsWorking()
        {
            byte[] newPrivate = DeviceHarness.Sequence(32, 0x33);
            byte[] newPublic = new byte[32];
            Shared.Crypto.Primitives.X25519.PublicKeyFromPrivate(newPrivate, newPublic);
            byte[] data;
            Assert.Equal(0, Run(_member, ProtocolAction.RotateKey, newPublic, out data));
            byte[] newMaster = _member.RotatedMasterKey(newPrivate, _device.Identity.PublicKey);
            OwnerSession rotated = new OwnerSession(_device.Backend, _device.Identity.DeviceId, _member.KeyId, newMaster, _member.NextCounter);
            rotated.RestoreReceived(_member.ReceivedHighest);

            Assert.Equal((byte)ReasonCode.BadTag, _device.Send(_device.Command(_member, Open)).Reason);
            Assert.Equal(0, _device.SendAndOpen(rotated, _device.Command(rotated, Open), out data));
            Assert.Equal(OwnerRole.Member, _device.Registry.GetSlot(1).Role);
            Assert.Equal(newPublic, _device.Registry.GetSlot(1).OwnerPublicKey);
        }

        [Fact]
        public void RotationToAPublicKeyAlreadyRegisteredIsRefusedAndChangesNothing()
        {
            byte[] adminPublic = (byte[])_device.Registry.GetSlot(0).OwnerPublicKey.Clone();
            byte[] memberPublic = (byte[])_device.Registry.GetSlot(1).OwnerPublicKey.Clone();
            string before = _device.StateDigest();
            byte[] data;

            // Another owner's key, and the member's own current key.
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_member, ProtocolAction.RotateKey, adminPublic, out data));
            Assert.Equal((byte)ReasonCode.BadArguments, Run(_member, ProtocolAction.RotateKey, memberPublic, out data));
            Assert.Equal(memberPublic, _device.Registry.GetSlot(1).OwnerPublicKey);
            Assert.Equal(0, _device.SendAndOpen(_member, _device.Command(_member, Open), out data));
            Assert.Equal(0, _device.Registry.FindByPublicKey(adminPublic));
            Assert.Equal(before.Split('|')[0], _device.StateDigest().Split('|')[0]);
        }

        [Fact]
        public void ArmInviteIsAdminOnlyAndServedByTheRuntimeHandler()
        {
            byte[] data;
            Assert.Equal((byte)ReasonCode.Forbidden, Run(_member, ProtocolAction.ArmInvite, null, out data));
            Assert.DoesNotContain(_device.Handler.Calls, call => call.EndsWith(":09:0"));
            Assert.Equal(0, Run(_admin, ProtocolAction.ArmInvite, null, out data));
            Assert.Contains("Owner:1:09:0", _device.Handler.Calls);
        }

        [Fact]
        public void PingSetsTheTrustedClockButZeroTimeDoesNot()
        {
            byte[] data;
            _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping, null, 0), out data);
            Assert.False(_device.Clock.IsKnown);
            _device.SendAndOpen(_admin, _device.Command(_admin, (byte)ProtocolAction.Ping), out data);
            Assert.True(_device.Clock.IsKnown);
        }

        [Fact]
        public void RegistryEncodingRoundTripsAndRejectsCorruption()
        {
            byte[] buffer = new byte[OwnerRegistry.MaxEncodedSize];
            int n = _device.Registry.Encode(buffer, 0);
            OwnerRegistry copy = new OwnerRegistry(_device.Backend, _device.Identity.DeviceId);
            Assert.Equal(ReasonCode.Done, copy.TryLoad(buffer, 0, n));
            Assert.Equal(_device.Registry.GetSlot(1).Keys.CommandMac, copy.GetSlot(1).Keys.CommandMac);
            Assert.Equal(ReasonCode.BadLength, copy.TryLoad(buffer, 0, n - 1));
            byte[] bad = (byte[])buffer.Clone();
            bad[3 + 2] = 7;
            Assert.Equal(ReasonCode.BadField, copy.TryLoad(bad, 0, n));
            Assert.Equal(2, copy.Count);
        }
    }
}
