// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Protocol.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>The name=value reading both okf:// parsers share: same answers for the pairing URI and the guest credential.</summary>
    public class QueryStringParsingTests
    {
        private readonly DeviceHarness _device = new DeviceHarness(5);

        private string Credential()
        {
            GuestPass pass = new GuestPass { PassId = 7, Epoch = 1, ActionMask = 1, MaxUses = 1, NotBefore = 0, NotAfter = 10 };
            return GuestCredential.Format(_device.Identity.DeviceId, 2, pass, DeviceHarness.Sequence(32, 3));
        }

        [Theory]
        [InlineData("&x=1", true)]
        [InlineData("&", true)]
        [InlineData("&&", false)]
        [InlineData("&x", false)]
        [InlineData("&=", true)]
        [InlineData("&x&y=1", false)]
        public void BothParsersTreatAnExtraPairAlike(string suffix, bool accepted)
        {
            Assert.Equal(accepted, PairingUri.TryParse(_device.Uri() + suffix) != null);
            Assert.Equal(accepted, GuestCredential.TryParse(Credential() + suffix) != null);
        }

        [Fact]
        public void APairWithoutEqualsSignIsRejectedEvenWhenALaterPairHasOne()
        {
            string uri = _device.Uri();
            Assert.Null(PairingUri.TryParse(uri.Replace("v=1&", "v1&")));
            Assert.Null(GuestCredential.TryParse(Credential().Replace("v=1&", "v1&")));
        }

        [Fact]
        public void AValueMayContainAnEqualsSignAndIsThenJustWrong()
        {
            Assert.Null(PairingUri.TryParse(_device.Uri().Replace("v=1", "v=1=")));
            Assert.Null(GuestCredential.TryParse(Credential().Replace("v=1", "v==1")));
        }
    }
}
