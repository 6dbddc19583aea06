// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>
    /// The printed pairing secret pairs only the first owner; after that only a one-time invite armed by an admin
    /// pairs, within the window of one long press (PROTOCOL.md §10).
    /// </summary>
    public class PairingInviteTests
    {
        private static readonly byte[] AdminKey = DeviceHarness.Sequence(32, 1);
        private static readonly byte[] MemberKey = DeviceHarness.Sequence(32, 2);
        private static readonly byte[] NewcomerKey = DeviceHarness.Sequence(32, 3);
        private readonly DeviceHarness _device = new DeviceHarness(21);

        public PairingInviteTests()
        {
            _device.Pair(AdminKey);
        }

        private ReasonCode TryPair(string uri, byte[] ownerPrivate, out OwnerPairing owner)
        {
            owner = new OwnerPairing(_device.Backend, PairingUri.TryParse(uri), ownerPrivate, DeviceHarness.Sequence(16, ownerPrivate[0]));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(_device.CurrentNonce(), request, 0);
            int length;
            ReasonCode device = _device.Pairing.HandleRequest(request, 0, request.Length, false, _device.Now, _device.PairResponse, 0, out length);
            if (device == ReasonCode.Done)
            {
                Assert.Equal(ReasonCode.Done, owner.TryComplete(_device.PairResponse, 0, length));
            }
            else
            {
                Assert.Equal(0, length);
            }

            return device;
        }

        private ReasonCode TryPair(string uri, byte[] ownerPrivate)
        {
            OwnerPairing owner;
            return TryPair(uri, ownerPrivate, out owner);
        }

        [Fact]
        public void ThePrintedSecretNoLongerPairsOnceAnOwnerExists()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.BadProof, TryPair(_device.Uri(), NewcomerKey));
            Assert.Equal(1, _device.Registry.Count);
            Assert.True(_device.Pairing.IsOpen(_device.Now));
        }

        [Fact]
        public void AnInviteArmedByTheAdminPairsTheNewcomerAsMemberWithTheCodeAsSalt()
        {
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            Assert.Equal(ReasonCode.Done, TryPair(invite, NewcomerKey, out owner));
            Assert.Equal(OwnerRole.Member, owner.Role);
            Assert.True(_device.Pairing.LastPairedByInvite);
            Assert.False(_device.Pairing.IsOpen(_device.Now));
            Assert.False(_device.Pairing.Invite.IsArmed);

            // The master key is salted with the invite code, not with the device secret both sides also know.
            int slot = _device.Registry.FindSlot(owner.KeyId);
            Assert.Equal(owner.MasterKey, _device.Registry.GetSlot(slot).MasterKey);
        }

        [Fact]
        public void ARevokedMemberHoldingTheOldUriCannotPairDuringTheWindowOpenedForAnInvite()
        {
            OwnerSession member = _device.Pair(MemberKey);
            Assert.Equal(ReasonCode.Done, _device.Registry.Revoke(member.KeyId));
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);

            // The revoked member races the newcomer with the device URI it kept, with its old and with a new key.
            Assert.Equal(ReasonCode.BadProof, TryPair(_device.Uri(), MemberKey));
            Assert.Equal(ReasonCode.BadProof, TryPair(_device.Uri(), DeviceHarness.Sequence(32, 0x55)));
            Assert.Equal(1, _device.Registry.Count);
            Assert.Equal(ReasonCode.Done, TryPair(invite, NewcomerKey));
            Assert.Equal(2, _device.Registry.Count);
        }

        [Fact]
        public void AnInviteIsOneUseOnly()
        {
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.Done, TryPair(invite, NewcomerKey));
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.BadProof, TryPair(invite, DeviceHarness.Sequence(32, 0x66)));
            Assert.Equal(2, _device.Registry.Count);
        }

        [Fact]
        public void AnInviteArmedBeforeThePressWaitsForItAtMostTheArmTime()
        {
            long armedAt = _device.Now;
            string late = _device.InviteUri();
            _device.Now = armedAt + ProtocolConstants.InviteArmMs;
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.False(_device.Pairing.Invite.IsArmed);
            Assert.Equal(ReasonCode.BadProof, TryPair(late, NewcomerKey));

            armedAt = _device.Now + 200_000;
            _device.Now = armedAt;
            string inTime = _device.InviteUri();
            _device.Now = armedAt + ProtocolConstants.InviteArmMs - 1;
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.True(_device.Pairing.Invite.IsBound);
            Assert.Equal(ReasonCode.Done, TryPair(inTime, NewcomerKey));
        }

        [Fact]
        public void AnInviteEndsWithItsWindowAndANewPressDoesNotReviveIt()
        {
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            _device.Now += ProtocolConstants.PairingWindowMs;
            Assert.False(_device.Pairing.IsOpen(_device.Now));
            Assert.False(_device.Pairing.Invite.IsArmed);
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.BadProof, TryPair(invite, NewcomerKey));
        }

        [Fact]
        public void TooManyWrongProofsCloseTheWindowAndEndItsInvite()
        {
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures; i++)
            {
                Assert.Equal(ReasonCode.BadProof, TryPair(_device.Uri(), DeviceHarness.Sequence(32, 0x70 + i)));
            }

            Assert.False(_device.Pairing.Invite.IsArmed);
            Assert.Equal(ReasonCode.PairingLocked, TryPair(invite, NewcomerKey));
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.BadProof, TryPair(invite, NewcomerKey));
        }

        [Fact]
        public void ArmingAgainReplacesTheEarlierCode()
        {
            string first = _device.InviteUri();
            string second = _device.InviteUri();
            Assert.NotEqual(first, second);
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.BadProof, TryPair(first, NewcomerKey));
            Assert.Equal(ReasonCode.Done, TryPair(second, NewcomerKey));
        }

        [Fact]
        public void ArmResultCarriesAFreshCodeTheOpenFlagAndTheSecondsLeft()
        {
            byte[] waiting = new byte[ProtocolConstants.ArmInviteResultSize];
            Assert.Equal(ReasonCode.Done, _device.Pairing.ArmInvite(_device.Now, waiting, 0));
            Assert.Equal(0, waiting[ProtocolConstants.InviteCodeSize]);
            Assert.Equal(ProtocolConstants.InviteArmMs / 1000, BigEndian.ReadUInt16(waiting, ProtocolConstants.InviteCodeSize + 1));

            _device.Pairing.OpenPairingWindow(_device.Now);
            _device.Now += 30_000;
            byte[] bound = new byte[ProtocolConstants.ArmInviteResultSize];
            Assert.Equal(ReasonCode.Done, _device.Pairing.ArmInvite(_device.Now, bound, 0));
            Assert.Equal(1, bound[ProtocolConstants.InviteCodeSize]);
            Assert.Equal((ProtocolConstants.PairingWindowMs - 30_000) / 1000, BigEndian.ReadUInt16(bound, ProtocolConstants.InviteCodeSize + 1));
            Assert.NotEqual(waiting[..16], bound[..16]);
            Assert.NotEqual(new byte[16], bound[..16]);
            Assert.NotEqual(_device.Identity.PairingSecret, bound[..16]);
        }

        [Fact]
        public void InviteUriCarriesTheCodeInsteadOfTheSecretAndBothAtOnceAreRejected()
        {
            string invite = _device.InviteUri();
            PairingUri parsed = PairingUri.TryParse(invite);
            Assert.True(parsed.IsInvite);
            Assert.DoesNotContain("&s=", invite);
            Assert.Equal(_device.Pairing.Invite.Code, parsed.PairingSecret);
            Assert.False(PairingUri.TryParse(_device.Uri()).IsInvite);

            string secretHex = Hex.Encode(_device.Identity.PairingSecret, 0, 16);
            Assert.Null(PairingUri.TryParse(invite + "&s=" + secretHex));
            Assert.Null(PairingUri.TryParse(_device.Uri() + "&i=" + secretHex));
            Assert.Null(PairingUri.TryParse(invite.Replace("&i=", "&i=zz")));
            Assert.Null(PairingUri.TryParse(invite + "&i=" + secretHex));
        }

        [Fact]
        public void AReplayedInviteRequestInTheNextWindowAddsNoKey()
        {
            string invite = _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner = new OwnerPairing(_device.Backend, PairingUri.TryParse(invite), NewcomerKey, new byte[16]);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(_device.CurrentNonce(), request, 0);
            int length;
            Assert.Equal(ReasonCode.Done, _device.Pairing.HandleRequest(request, 0, request.Length, false, _device.Now, _device.PairResponse, 0, out length));
            _device.InviteUri();
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.Replayed, _device.Pairing.HandleRequest(request, 0, request.Length, false, _device.Now, _device.PairResponse, 0, out length));
            Assert.Equal(2, _device.Registry.Count);
        }
    }
}
