// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using FsCheck;
using FsCheck.Fluent;
using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>Every parser returns a reason code for any bytes, offset and count: it never throws.</summary>
    public class ParserPropertyTests
    {
        private static readonly ManagedCryptoBackend Backend = new ManagedCryptoBackend();

        private static bool NeverThrows(byte[] data, int offset, int count)
        {
            data ??= new byte[0];
            NonceMessage.TryParse(data, offset, count, new NonceMessage());
            CommandMessage.TryParse(data, offset, count, new CommandMessage());
            DeviceMessage.TryParse(data, offset, count, new DeviceMessage());
            PairingRequest.TryParse(data, offset, count, new PairingRequest());
            PairingResponse.TryParse(data, offset, count, new PairingResponse());
            GuestPass.TryParse(data, offset, new GuestPass());
            new PassBook().TryLoad(data, offset, count);
            new OwnerRegistry(Backend, new byte[8]).TryLoad(data, offset, count);
            DeviceIdentity.TryParse(data, offset, count);
            return true;
        }

        [Fact]
        public void BinaryParsersNeverThrowOnArbitraryInput()
        {
            Prop.ForAll<byte[], int, int>((data, offset, count) => NeverThrows(data, offset, count)).QuickCheckThrowOnFailure();
        }

        [Fact]
        public void BinaryParsersNeverThrowOnPlausibleLengthsAndOffsets()
        {
            System.Random random = new System.Random(3);
            for (int i = 0; i < 20_000; i++)
            {
                byte[] data = new byte[random.Next(0, 600)];
                random.NextBytes(data);
                if (data.Length > 3 && random.Next(2) == 0)
                {
                    data[0] = 1;
                    data[2] = (byte)random.Next(0, 20);
                    data[3] = (byte)random.Next(0, 20);
                }

                int offset = random.Next(-2, 4);
                int count = data.Length - System.Math.Max(offset, 0) + random.Next(-3, 3);
                Assert.True(NeverThrows(data, offset, count));
            }
        }

        [Fact]
        public void TextParsersNeverThrowOnArbitraryStrings()
        {
            Prop.ForAll<string>(text =>
            {
                PairingUri.TryParse(text);
                GuestCredential.TryParse(text);
                PairingUri.TryParse("okf://pair?" + text);
                GuestCredential.TryParse("okf://pass?" + text);
                return true;
            }).QuickCheckThrowOnFailure();
        }
    }
}
