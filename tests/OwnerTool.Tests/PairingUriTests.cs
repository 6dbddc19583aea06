// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>A bad pairing URI is refused before any network use, with what is wrong.</summary>
    public sealed class PairingUriTests
    {
        private static readonly DeviceIdentity Device = DeviceIdentity.Generate(new SecureRandomSource());
        private static readonly string Good = PairingUri.Format(Device, "garage");

        [Fact]
        public void AGoodUriParsesWithItsPinnedKey()
        {
            PairingUri uri = PairingUriReader.Read(Good);
            Assert.Equal(Device.PublicKey, uri.DevicePublicKey);
            Assert.Equal("garage", uri.Kind);
        }

        [Theory]
        [InlineData("", "empty")]
        [InlineData("https://example.org/pair", "must start with")]
        [InlineData("okf://pair?kind=garage", "version")]
        [InlineData("okf://pair?v=2&kind=garage", "v=2 is not supported")]
        [InlineData("okf://pair?v=1&kind=garage&junk", "not a name=value pair")]
        [InlineData("okf://pair?v=1&kind=garage&pk=00&s=00", "device id (id=) is missing")]
        public void MalformedUrisSayWhatIsWrong(string text, string expected)
        {
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(text));
            Assert.Equal(ExitCode.BadPairingUri, e.Code);
            Assert.Contains(expected, e.Message);
        }

        [Fact]
        public void AnInviteUriParsesWithTheCodeInPlaceOfTheSecret()
        {
            byte[] code = new byte[16];
            new SecureRandomSource().NextBytes(code);
            string invite = PairingUri.FormatInvite(Device.DeviceId, Device.PublicKey, "doorbell", code);
            PairingUri uri = PairingUriReader.Read(invite);
            Assert.True(uri.IsInvite);
            Assert.Equal(code, uri.PairingSecret);
            Assert.Equal(Device.PublicKey, uri.DevicePublicKey);
            Assert.False(PairingUriReader.Read(Good).IsInvite);
        }

        [Fact]
        public void AUriWithBothASecretAndAnInviteIsRefused()
        {
            string both = Good + "&i=" + new string('a', 32);
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(both));
            Assert.Equal(ExitCode.BadPairingUri, e.Code);
            Assert.Contains("both", e.Message);
        }

        [Fact]
        public void AShortInviteCodeIsNamed()
        {
            string invite = PairingUri.FormatInvite(Device.DeviceId, Device.PublicKey, "garage", new byte[16]);
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(invite.Substring(0, invite.Length - 2)));
            Assert.Contains("invite code (i=) must be 32 hex digits", e.Message);
        }

        [Fact]
        public void AShortSecretIsNamed()
        {
            string text = Good.Substring(0, Good.Length - 2);
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(text));
            Assert.Contains("pairing secret (s=) must be 32 hex digits", e.Message);
        }

        [Fact]
        public void APublicKeyThatDoesNotMatchTheDeviceIdIsRejected()
        {
            DeviceIdentity other = DeviceIdentity.Generate(new SecureRandomSource());
            string swapped = Good.Replace(Hex.Encode(Device.PublicKey), Hex.Encode(other.PublicKey));
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(swapped));
            Assert.Contains("does not match the device public key", e.Message);
        }

        [Fact]
        public void AnUnknownKindIsRejected()
        {
            OwnerToolException e = Assert.Throws<OwnerToolException>(() => PairingUriReader.Read(Good.Replace("kind=garage", "kind=toaster")));
            Assert.Contains("unknown device kind 'toaster'", e.Message);
        }

        [Fact]
        public void PairWithABadUriExitsWithCode6BeforeTouchingTheBroker()
        {
            using var okf = new Okf("127.0.0.1:1");
            Assert.Equal(0, okf.Run("keygen").Code);
            OkfRun run = okf.Run("pair", "okf://pair?v=1&id=xyz");
            Assert.Equal((int)ExitCode.BadPairingUri, run.Code);
            Assert.Contains("bad pairing URI", run.Error);
        }

        [Fact]
        public void QrPrintsABlockGraphicForAGoodUri()
        {
            using var okf = new Okf("127.0.0.1:1");
            OkfRun run = okf.Run("qr", Good);
            Assert.Equal(0, run.Code);
            Assert.True(run.Output.Split('\n').Length > 10, run.ToString());
        }
    }
}
