// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Mqtt.Protocol;
using Xunit;

namespace Mqtt.Tests
{
    public class RemainingLengthTests
    {
        // MQTT 3.1.1 section 2.2.3, table 2.4: the edges of each encoded size.
        [Theory]
        [InlineData(0, "00")]
        [InlineData(127, "7F")]
        [InlineData(128, "80 01")]
        [InlineData(16383, "FF 7F")]
        [InlineData(16384, "80 80 01")]
        [InlineData(2097151, "FF FF 7F")]
        [InlineData(2097152, "80 80 80 01")]
        [InlineData(268435455, "FF FF FF 7F")]
        public void EncodesAndDecodesTheSpecTableEdges(int value, string hex)
        {
            byte[] expected = Hex.Bytes(hex);
            byte[] buffer = new byte[4];
            int end = RemainingLength.Encode(value, buffer, 0);
            Assert.Equal(expected, buffer[..end]);
            Assert.Equal(expected.Length, RemainingLength.SizeOf(value));

            Assert.Equal(FrameStatus.Complete, RemainingLength.TryDecode(expected, 0, expected.Length, out int decoded, out int size));
            Assert.Equal(value, decoded);
            Assert.Equal(expected.Length, size);
        }

        [Fact]
        public void AFifthLengthByteIsMalformed()
        {
            byte[] bytes = Hex.Bytes("FF FF FF FF 01");
            Assert.Equal(FrameStatus.Malformed, RemainingLength.TryDecode(bytes, 0, bytes.Length, out _, out _));
        }

        [Fact]
        public void ANonMinimalEncodingIsMalformed()
        {
            byte[] bytes = Hex.Bytes("80 00");
            Assert.Equal(FrameStatus.Malformed, RemainingLength.TryDecode(bytes, 0, bytes.Length, out _, out _));
        }

        [Fact]
        public void AnUnfinishedLengthNeedsMoreBytes()
        {
            byte[] bytes = Hex.Bytes("80 80");
            Assert.Equal(FrameStatus.Incomplete, RemainingLength.TryDecode(bytes, 0, bytes.Length, out _, out _));
        }

        [Fact]
        public void ValuesOutsideTheEncodableRangeAreRefusedOnEncode()
        {
            Assert.Throws<System.ArgumentOutOfRangeException>(() => RemainingLength.SizeOf(268435456));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => RemainingLength.Encode(-1, new byte[4], 0));
        }
    }
}
