// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.HostEmulation.Mqtt.Protocol;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>A hostile broker's bytes yield "no" from every decoder, never an exception.</summary>
    public class MalformedPacketTests
    {
        private delegate bool Decoder(byte[] buffer, int offset, int count);

        private static readonly Decoder[] AllDecoders =
        {
            (b, o, c) => ConnectPacket.TryDecode(b, o, c, out _),
            (b, o, c) => ConnackPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PublishPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PubackPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PubrecPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PubrelPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PubcompPacket.TryDecode(b, o, c, out _),
            (b, o, c) => SubscribePacket.TryDecode(b, o, c, out _),
            (b, o, c) => SubackPacket.TryDecode(b, o, c, out _),
            (b, o, c) => UnsubscribePacket.TryDecode(b, o, c, out _),
            (b, o, c) => UnsubackPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PingreqPacket.TryDecode(b, o, c, out _),
            (b, o, c) => PingrespPacket.TryDecode(b, o, c, out _),
            (b, o, c) => DisconnectPacket.TryDecode(b, o, c, out _),
        };

        [Theory]
        [InlineData("20 02 02 00")] // CONNACK reserved acknowledge flag bit set
        [InlineData("20 02 00 06")] // CONNACK return code the spec does not define
        [InlineData("20 02 01 05")] // session present on a refusal ([MQTT-3.2.2-4])
        [InlineData("21 02 00 00")] // CONNACK with fixed header flags
        [InlineData("20 03 00 00 00")] // CONNACK remaining length 3
        [InlineData("20 02 00")] // truncated
        public void BadConnackIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(ConnackPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("36 07 00 03 61 2F 62 00 01")] // QoS 3
        [InlineData("38 05 00 03 61 2F 62")] // DUP with QoS 0
        [InlineData("32 07 00 03 61 2F 62 00 00")] // packet identifier 0
        [InlineData("30 05 00 03 61 2F 23")] // wildcard '#' in a topic name
        [InlineData("30 05 00 03 61 2B 62")] // wildcard '+' in a topic name
        [InlineData("30 02 00 00")] // empty topic name
        [InlineData("30 05 00 03 61 00 62")] // U+0000 in the topic
        [InlineData("30 04 00 02 C3 28")] // ill-formed UTF-8
        [InlineData("30 05 00 09 61 2F 62")] // string length beyond the packet
        [InlineData("32 04 00 02 61 62")] // QoS 1 without room for the packet identifier
        [InlineData("30 06 00 03 61 2F 62")] // remaining length larger than the bytes
        public void BadPublishIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(PublishPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("40 02 00 00")] // packet identifier 0
        [InlineData("42 02 00 0A")] // PUBACK flags must be 0000
        [InlineData("40 03 00 0A 00")] // remaining length 3
        [InlineData("40 01 00")] // remaining length 1
        public void BadPubackIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(PubackPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Fact]
        public void PubrelWithoutItsReservedFlagIsRefused()
        {
            byte[] bytes = Hex.Bytes("60 02 00 0A");
            Assert.False(PubrelPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("90 02 00 0A")] // no return codes
        [InlineData("90 03 00 0A 03")] // return code 3
        [InlineData("90 03 00 0A 81")] // return code 0x81
        [InlineData("92 03 00 0A 00")] // flags must be 0000
        public void BadSubackIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(SubackPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("80 08 00 0A 00 03 61 2F 62 01")] // SUBSCRIBE flags must be 0010
        [InlineData("82 02 00 0A")] // no topic filter
        [InlineData("82 08 00 0A 00 03 61 2F 62 03")] // requested QoS 3
        [InlineData("82 08 00 0A 00 03 61 23 62 01")] // '#' not last
        public void BadSubscribeIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(SubscribePacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Theory]
        [InlineData("10 0D 00 04 4D 51 54 54 05 02 00 3C 00 01 78")] // protocol level 5
        [InlineData("10 0D 00 04 4D 51 49 73 04 02 00 3C 00 01 78")] // wrong protocol name
        [InlineData("10 0D 00 04 4D 51 54 54 04 03 00 3C 00 01 78")] // reserved connect flag
        [InlineData("10 0D 00 04 4D 51 54 54 04 42 00 3C 00 01 78")] // password without user name
        [InlineData("10 0D 00 04 4D 51 54 54 04 22 00 3C 00 01 78")] // will retain without will
        [InlineData("10 0D 00 04 4D 51 54 54 04 1E 00 3C 00 01 78")] // will QoS 3
        public void BadConnectIsRefused(string hex)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.False(ConnectPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Fact]
        public void PingWithABodyIsRefused()
        {
            byte[] bytes = Hex.Bytes("D0 01 00");
            Assert.False(PingrespPacket.TryDecode(bytes, 0, bytes.Length, out _));
        }

        [Fact]
        public void ReservedPacketTypesAreMalformedFrames()
        {
            Assert.Equal(FrameStatus.Malformed, FrameHeader.TryRead(Hex.Bytes("00 00"), 0, 2, 1024, out _));
            Assert.Equal(FrameStatus.Malformed, FrameHeader.TryRead(Hex.Bytes("F0 00"), 0, 2, 1024, out _));
        }

        [Fact]
        public void APacketAboveTheSizeLimitIsTooLargeBeforeItsBodyArrives()
        {
            // Only the header of a 2 MB PUBLISH: the limit is enforced without buffering the body.
            byte[] header = Hex.Bytes("30 80 80 80 01");
            Assert.Equal(FrameStatus.TooLarge, FrameHeader.TryRead(header, 0, header.Length, 64 * 1024, out _));
        }

        [Fact]
        public void ATruncatedFrameIsIncompleteAndBadArgumentsAreMalformed()
        {
            byte[] bytes = Hex.Bytes("32 09 00 03 61 2F 62");
            Assert.Equal(FrameStatus.Incomplete, FrameHeader.TryRead(bytes, 0, bytes.Length, 1024, out FrameHeader header));
            Assert.Equal(11, header.FrameLength);
            Assert.Equal(FrameStatus.Malformed, FrameHeader.TryRead(bytes, 5, 10, 1024, out _));
            Assert.Equal(FrameStatus.Malformed, FrameHeader.TryRead(null, 0, 0, 1024, out _));
        }

        [Fact]
        public void TwentyThousandRandomAndMutatedInputsNeverThrow()
        {
            Random random = new Random(20260101); // Fixed seed: the run is repeatable.
            byte[][] seeds =
            {
                Hex.Bytes("32 09 00 03 61 2F 62 00 0A 68 69"),
                Hex.Bytes("82 0E 00 0A 00 03 61 2F 62 01 00 03 63 2F 64 02"),
                Hex.Bytes("90 06 00 0A 00 01 02 80"),
                Hex.Bytes("10 0D 00 04 4D 51 54 54 04 02 00 3C 00 01 78"),
                Hex.Bytes("20 02 00 00"),
            };
            for (int i = 0; i < 20000; i++)
            {
                byte[] input;
                if (i % 2 == 0)
                {
                    input = new byte[random.Next(0, 24)];
                    random.NextBytes(input);
                }
                else
                {
                    input = (byte[])seeds[i % seeds.Length].Clone();
                    input[random.Next(input.Length)] = (byte)random.Next(256);
                    Array.Resize(ref input, random.Next(1, input.Length + 2));
                }

                foreach (Decoder decode in AllDecoders)
                {
                    decode(input, 0, input.Length);
                }

                FrameHeader.TryRead(input, 0, input.Length, 1024, out _);
            }
        }
    }
}
