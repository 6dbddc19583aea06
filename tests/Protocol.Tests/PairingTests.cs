// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Pairing: window, proof, the per-window failure count, pinning of the device key against a broker in the middle.</summary>
    public class PairingTests
    {
        private static readonly byte[] OwnerKey = DeviceHarness.Sequence(32, 1);
        private readonly DeviceHarness _device = new DeviceHarness(3);

        private byte[] Request(byte[] ownerPrivate, PairingUri uri, out OwnerPairing owner)
        {
            owner = new OwnerPairing(_device.Backend, uri, ownerPrivate, DeviceHarness.Sequence(16, 9));
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            owner.BuildRequest(_device.CurrentNonce(), request, 0);
            return request;
        }

        private ReasonCode Handle(byte[] request, out int length, bool retained = false)
        {
            return _device.Pairing.HandleRequest(request, 0, request.Length, retained, _device.Now, _device.PairResponse, 0, out length);
        }

        private PairingUri WrongSecretUri()
        {
            PairingUri uri = PairingUri.TryParse(_device.Uri());
            uri.PairingSecret[0] ^= 1;
            return uri;
        }

        [Fact]
        public void UriRoundTripsAndIsRejectedWhenTheIdDoesNotMatchTheKey()
        {
            string text = _device.Uri();
            Assert.StartsWith("okf://pair?v=1&kind=garage&id=", text);
            PairingUri uri = PairingUri.TryParse(text);
            Assert.Equal(_device.Identity.PublicKey, uri.DevicePublicKey);
            Assert.Equal(_device.Identity.PairingSecret, uri.PairingSecret);
            string otherId = text.Replace("id=" + Hex.Encode(_device.Identity.DeviceId, 0, 8), "id=0000000000000000");
            Assert.Null(PairingUri.TryParse(otherId));
            Assert.Null(PairingUri.TryParse("okf://pair?v=2" + text.Substring(15)));
            Assert.Null(PairingUri.TryParse(text.Substring(0, text.Length - 1)));
        }

        [Fact]
        public void FirstOwnerIsAdminAndSecondIsMember()
        {
            _device.Pair(OwnerKey);
            Assert.Equal(OwnerRole.Admin, _device.Registry.GetSlot(0).Role);
            _device.Pair(DeviceHarness.Sequence(32, 2));
            Assert.Equal(OwnerRole.Member, _device.Registry.GetSlot(1).Role);
        }

        [Fact]
        public void RequestWhileTheWindowIsClosedIsIgnored()
        {
            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            int length;
            Assert.Equal(ReasonCode.PairingClosed, Handle(request, out length));
            Assert.Equal(0, length);
            Assert.Equal(0, _device.Registry.Count);
        }

        [Fact]
        public void WindowClosesAfter120SecondsAndAfterOneSuccess()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.True(_device.Pairing.IsOpen(_device.Now + 119_999));
            Assert.False(_device.Pairing.IsOpen(_device.Now + 120_000));
            _device.Pair(OwnerKey);
            Assert.False(_device.Pairing.IsOpen(_device.Now));
        }

        [Fact]
        public void RetainedRequestIsIgnored()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            Assert.Equal(ReasonCode.Retained, Handle(Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner), out length, retained: true));
            Assert.Equal(0, _device.Registry.Count);
        }

        [Fact]
        public void WrongProofIsRefusedCountedAndUnanswered()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            Assert.Equal(ReasonCode.BadProof, Handle(Request(OwnerKey, WrongSecretUri(), out owner), out length));
            Assert.Equal(0, length);
            Assert.Equal(1, _device.Pairing.FailureCount);
            Assert.True(_device.Pairing.IsOpen(_device.Now));
        }

        [Fact]
        public void TwentyWrongProofsCloseThisWindowOnlyAndTheNextLongPressStartsAFreshCount()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures; i++)
            {
                Assert.Equal(ReasonCode.BadProof, Handle(Request(OwnerKey, WrongSecretUri(), out owner), out length));
            }

            Assert.False(_device.Pairing.IsOpen(_device.Now));
            Assert.True(_device.Pairing.IsLocked);
            Assert.Equal(ReasonCode.PairingLocked, Handle(Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner), out length));

            // Physical presence again: a new window with a fresh count, no reboot or factory reset needed.
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.False(_device.Pairing.IsLocked);
            Assert.Equal(0, _device.Pairing.FailureCount);
            Assert.Equal(ReasonCode.Done, Handle(Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner), out length));
        }

        [Fact]
        public void JunkProofsBeforeARebootDoNotLockPairingAfterIt()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures; i++)
            {
                Handle(Request(OwnerKey, WrongSecretUri(), out owner), out length);
            }

            DeviceHarness rebooted = _device.Reboot();
            Assert.False(rebooted.Pairing.IsLocked);
            Assert.Equal(0, rebooted.Pairing.FailureCount);
            rebooted.Pair(OwnerKey);
            Assert.Equal(1, rebooted.Registry.Count);
        }

        [Fact]
        public void FailuresBelowTheCapDoNotCarryIntoTheNextWindow()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures - 1; i++)
            {
                Handle(Request(OwnerKey, WrongSecretUri(), out owner), out length);
            }

            _device.Pairing.OpenPairingWindow(_device.Now);
            for (int i = 0; i < ProtocolConstants.MaxPairingFailures - 1; i++)
            {
                Assert.Equal(ReasonCode.BadProof, Handle(Request(OwnerKey, WrongSecretUri(), out owner), out length));
            }

            Assert.True(_device.Pairing.IsOpen(_device.Now));
            Assert.Equal(ProtocolConstants.MaxPairingFailures - 1, _device.Pairing.FailureCount);
        }

        [Fact]
        public void MalformedRequestsChangeNothingAndDoNotCountAsGuesses()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            byte[] good = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            int length;
            Assert.Equal(ReasonCode.BadLength, _device.Pairing.HandleRequest(good, 0, good.Length - 1, false, _device.Now, _device.PairResponse, 0, out length));
            byte[] bad = (byte[])good.Clone();
            bad[1] = 0x55;
            Assert.Equal(ReasonCode.BadType, Handle(bad, out length));
            bad = (byte[])good.Clone();
            bad[3] ^= 1;
            Assert.Equal(ReasonCode.WrongDevice, Handle(bad, out length));
            Assert.Equal(0, _device.Pairing.FailureCount);
            Assert.Equal(ReasonCode.Done, Handle(good, out length));
        }

        [Fact]
        public void RequestEchoingAnExpiredNonceIsRefused()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            _device.Now += 60_000;
            int length;
            Assert.Equal(ReasonCode.StaleNonce, Handle(request, out length));
        }

        [Fact]
        public void ReplayOfASuccessfulRequestInALaterWindowAddsNoKey()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            int length;
            Assert.Equal(ReasonCode.Done, Handle(request, out length));
            _device.Pairing.OpenPairingWindow(_device.Now);
            Assert.Equal(ReasonCode.Replayed, Handle(request, out length));
            Assert.Equal(1, _device.Registry.Count);
        }

        [Fact]
        public void BrokerSubstitutingItsOwnKeyInTheRequestFailsTheProof()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            byte[] brokerPublic = new byte[32];
            Shared.Crypto.Primitives.X25519.PublicKeyFromPrivate(DeviceHarness.Sequence(32, 0x77), brokerPublic);
            System.Array.Copy(brokerPublic, 0, request, PairingRequest.OffsetOwnerKey, 32);
            int length;
            Assert.Equal(ReasonCode.BadProof, Handle(request, out length));
            Assert.Equal(0, _device.Registry.Count);
        }

        [Fact]
        public void BrokerPosingAsTheDeviceWithAnotherKeyFailsTheOwnersCheckEvenKnowingTheSecret()
        {
            // The broker runs its own "device" with its own key pair but the photographed pairing secret.
            DeviceIdentity fake = DeviceIdentity.FromSecrets(DeviceHarness.Sequence(32, 0x90), DeviceHarness.Secret);
            byte[] deviceId = _device.Identity.DeviceId;
            System.Array.Copy(deviceId, fake.DeviceId, 8);
            OwnerRegistry fakeRegistry = new OwnerRegistry(_device.Backend, deviceId);
            PairingSession fakeSession = new PairingSession(_device.Backend, _device.Random, fake, fakeRegistry, _device.Nonce, null);
            fakeSession.OpenPairingWindow(_device.Now);

            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            byte[] response = new byte[ProtocolConstants.PairingResponseSize];
            int length;
            Assert.Equal(ReasonCode.Done, fakeSession.HandleRequest(request, 0, request.Length, false, _device.Now, response, 0, out length));
            Assert.Equal(ReasonCode.BadTag, owner.TryComplete(response, 0, length));
            Assert.Null(owner.MasterKey);
        }

        [Fact]
        public void ResponseWithAFlippedBitIsRejectedByTheOwner()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            byte[] request = Request(OwnerKey, PairingUri.TryParse(_device.Uri()), out owner);
            int length;
            Assert.Equal(ReasonCode.Done, Handle(request, out length));
            for (int bit = 0; bit < length * 8; bit++)
            {
                byte[] response = (byte[])_device.PairResponse.Clone();
                response[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.NotEqual(ReasonCode.Done, owner.TryComplete(response, 0, length));
            }

            Assert.Equal(ReasonCode.Done, owner.TryComplete(_device.PairResponse, 0, length));
        }

        [Fact]
        public void FullRegistryRefusesWithAnAuthenticatedAnswer()
        {
            for (int i = 0; i < ProtocolConstants.MaxOwners - 1; i++)
            {
                _device.Pair(DeviceHarness.Sequence(32, 10 + i));
            }

            // The invite is armed while a slot is free; the last slot fills before the new person's request.
            string invite = _device.InviteUri();
            int slot;
            Assert.Equal(ReasonCode.Done, _device.Registry.Add(DeviceHarness.Sequence(32, 200), new byte[32], OwnerRole.Member, out slot));
            _device.Pairing.OpenPairingWindow(_device.Now);
            OwnerPairing owner;
            int length;
            Assert.Equal(ReasonCode.RegistryFull, Handle(Request(DeviceHarness.Sequence(32, 100), PairingUri.TryParse(invite), out owner), out length));
            Assert.Equal(ReasonCode.RegistryFull, owner.TryComplete(_device.PairResponse, 0, length));
        }

        [Fact]
        public void ArmingAnInviteOnAFullRegistryIsRefused()
        {
            for (int i = 0; i < ProtocolConstants.MaxOwners; i++)
            {
                _device.Pair(DeviceHarness.Sequence(32, 10 + i));
            }

            byte[] result = new byte[ProtocolConstants.ArmInviteResultSize];
            Assert.Equal(ReasonCode.RegistryFull, _device.Pairing.ArmInvite(_device.Now, result, 0));
            Assert.False(_device.Pairing.Invite.IsArmed);
        }
    }
}
