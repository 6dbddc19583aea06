// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Remaining reject reasons and the text/persistent encodings (credential, failure count, pass book).</summary>
    public class EncodingTests
    {
        private readonly DeviceHarness _device = new DeviceHarness(21);

        [Fact]
        public void PairingWithALowOrderOwnerKeyIsRefusedAfterTheProof()
        {
            _device.Pairing.OpenPairingWindow(_device.Now);
            PairingRequest request = new PairingRequest();
            System.Array.Copy(_device.Identity.DeviceId, request.DeviceId, 8);
            System.Array.Copy(_device.CurrentNonce(), request.DeviceNonce, 8);
            byte[] bytes = new byte[ProtocolConstants.PairingRequestSize];
            int unsigned = request.EncodeUnsigned(bytes, 0);
            byte[] proofKey = new byte[32];
            KeyDerivation.DerivePairingProofKey(_device.Backend, _device.Identity.PairingSecret, _device.Identity.DeviceId, proofKey);
            byte[] mac = new byte[32];
            _device.Backend.HmacSha256(proofKey, bytes, 0, unsigned, mac, 0);
            System.Array.Copy(mac, 0, bytes, unsigned, 16);
            int length;
            Assert.Equal(ReasonCode.WeakPublicKey, _device.Pairing.HandleRequest(bytes, 0, bytes.Length, false, _device.Now, _device.PairResponse, 0, out length));
            Assert.Equal(0, length);
            Assert.Equal(0, _device.Registry.Count);
            Assert.Equal(0, _device.Pairing.FailureCount);
        }

        [Fact]
        public void GuestCommandWithAnInvalidPassFieldIsRejectedBeforeTheMac()
        {
            OwnerSession admin = _device.Pair(DeviceHarness.Sequence(32, 1));
            GuestPass pass = new GuestPass { PassId = 1, ActionMask = 1, MaxUses = 1, NotBefore = 0, NotAfter = 10 };
            OwnerSession guest = OwnerSession.ForGuest(_device.Backend, _device.Identity.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            byte[] command = _device.Command(guest, 0x20);
            command[ProtocolConstants.CommandHeaderSize + 10] = 0;
            Assert.Equal((byte)ReasonCode.BadField, _device.Send(command).Reason);
            Assert.Equal(1, _device.Verifier.RejectedCount(ReasonCode.BadField));
        }

        [Fact]
        public void GuestCredentialRoundTripsAndRejectsMissingOrBadParts()
        {
            GuestPass pass = new GuestPass { PassId = 0xDEADBEEF, Epoch = 3, ActionMask = 5, MaxUses = 2, NotBefore = 100, NotAfter = 200 };
            byte[] master = DeviceHarness.Sequence(32, 7);
            string text = GuestCredential.Format(_device.Identity.DeviceId, 4, pass, master);
            GuestCredential parsed = GuestCredential.TryParse(text);
            Assert.NotNull(parsed);
            Assert.Equal(4, parsed.IssuerKeyId);
            Assert.Equal(0xDEADBEEF, parsed.Pass.PassId);
            Assert.Equal(200, parsed.Pass.NotAfter);
            Assert.Equal(master, parsed.GuestMaster);
            Assert.Null(GuestCredential.TryParse(text.Substring(0, text.IndexOf("&g="))));
            Assert.Null(GuestCredential.TryParse(text.Replace("v=1", "v=9")));
            Assert.Null(GuestCredential.TryParse(text + "z"));
        }

        [Fact]
        public void PassBookRoundTripsAndRejectsTruncation()
        {
            PassBook book = new PassBook();
            GuestPass pass = new GuestPass { PassId = 9, ActionMask = 1, MaxUses = 3, NotBefore = 0, NotAfter = 500 };
            book.RecordUse(2, pass, 17, 10);
            book.Revoke(2, 44);
            book.RevokeAll();
            book.Revoke(3, 45);
            book.RecordUse(3, pass, 18, 10);
            byte[] buffer = new byte[PassBook.MaxEncodedSize];
            int n = book.Encode(buffer, 0);
            PassBook copy = new PassBook();
            Assert.Equal(ReasonCode.Done, copy.TryLoad(buffer, 0, n));
            Assert.Equal(1, copy.Epoch);
            Assert.Equal(1, copy.UsesOf(3, 9));
            Assert.Equal(0, copy.UsesOf(2, 9));
            Assert.Equal(ReasonCode.Replayed, copy.CheckCounter(3, 9, 18));
            Assert.Equal(ReasonCode.PassRevoked, copy.CheckUse(3, new GuestPass { PassId = 45, Epoch = 1, ActionMask = 1, MaxUses = 1, NotAfter = 500 }, 0x20, true, 10));
            for (int cut = 0; cut < n; cut++)
            {
                Assert.NotEqual(ReasonCode.Done, new PassBook().TryLoad(buffer, 0, cut));
            }
        }

        [Fact]
        public void IdentityRoundTripsThroughItsPersistentForm()
        {
            byte[] buffer = new byte[DeviceIdentity.EncodedSize];
            _device.Identity.Encode(buffer, 0);
            DeviceIdentity copy = DeviceIdentity.TryParse(buffer, 0, buffer.Length);
            Assert.Equal(_device.Identity.DeviceId, copy.DeviceId);
            Assert.Equal(_device.Identity.PrivateKey, copy.PrivateKey);
            Assert.Null(DeviceIdentity.TryParse(buffer, 0, buffer.Length - 1));
            DeviceIdentity fresh = DeviceIdentity.Generate(new TestRandom(5));
            Assert.NotEqual(_device.Identity.DeviceId, fresh.DeviceId);
        }

        [Fact]
        public void TopicsFollowTheSpec()
        {
            byte[] id = { 0x8a, 0x4f, 0x30, 0xa0, 0x71, 0x8b, 0x94, 0x3d };
            Assert.Equal("okf/v1/8a4f30a0718b943d/cmd", ProtocolTopics.Command(id));
            Assert.Equal("okf/v1/8a4f30a0718b943d/out/0c", ProtocolTopics.OwnerOutbound(id, 12));
            Assert.Equal("okf/v1/8a4f30a0718b943d/guest/0101020304", ProtocolTopics.GuestOutbound(id, 1, 0x01020304));
            Assert.Equal("okf/v1/8a4f30a0718b943d/nonce", ProtocolTopics.Nonce(id));
            Assert.Equal("okf/v1/8a4f30a0718b943d/pair/req", ProtocolTopics.PairingRequest(id));
            Assert.Equal("okf/v1/8a4f30a0718b943d/pair/res", ProtocolTopics.PairingResponse(id));
            Assert.Equal("okf/v1/8a4f30a0718b943d/status", ProtocolTopics.Status(id));
        }
    }
}
