// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Text;
using nanoFramework.HostEmulation.Mqtt.Packets;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>Each packet encoded to, and decoded from, bytes laid out by the MQTT 3.1.1 spec's figures and examples.</summary>
    public class PacketGoldenBytesTests
    {
        // Section 3.1: variable header example of figure 3.6 (flags CE, keep-alive 10) with a one-letter payload.
        private const string ConnectHex = "10 19 00 04 4D 51 54 54 04 CE 00 0A 00 01 61 00 01 77 00 01 6D 00 01 75 00 01 70";

        [Fact]
        public void ConnectWithWillAndCredentialsMatchesTheSpecLayout()
        {
            ConnectPacket packet = new ConnectPacket
            {
                ClientId = "a",
                WillFlag = true,
                WillQos = 1,
                WillTopic = "w",
                WillMessage = Encoding.UTF8.GetBytes("m"),
                UserName = "u",
                Password = Encoding.UTF8.GetBytes("p"),
                CleanSession = true,
                KeepAliveSeconds = 10,
            };
            Assert.Equal(Hex.Bytes(ConnectHex), packet.Encode());

            byte[] bytes = Hex.Bytes(ConnectHex);
            Assert.True(ConnectPacket.TryDecode(bytes, 0, bytes.Length, out ConnectPacket decoded));
            Assert.Equal("a", decoded.ClientId);
            Assert.True(decoded.WillFlag);
            Assert.False(decoded.WillRetain);
            Assert.Equal(1, decoded.WillQos);
            Assert.Equal("w", decoded.WillTopic);
            Assert.Equal("m", Encoding.UTF8.GetString(decoded.WillMessage));
            Assert.Equal("u", decoded.UserName);
            Assert.Equal("p", Encoding.UTF8.GetString(decoded.Password));
            Assert.True(decoded.CleanSession);
            Assert.Equal(10, decoded.KeepAliveSeconds);
        }

        [Fact]
        public void MinimalConnectCarriesOnlyCleanSessionAndClientId()
        {
            byte[] expected = Hex.Bytes("10 0D 00 04 4D 51 54 54 04 02 00 3C 00 01 78");
            Assert.Equal(expected, new ConnectPacket { ClientId = "x", KeepAliveSeconds = 60 }.Encode());
        }

        [Theory]
        [InlineData("20 02 00 00", false, 0)]
        [InlineData("20 02 01 00", true, 0)]
        [InlineData("20 02 00 05", false, 5)]
        public void ConnackRoundTrips(string hex, bool sessionPresent, byte code)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.True(ConnackPacket.TryDecode(bytes, 0, bytes.Length, out ConnackPacket decoded));
            Assert.Equal(sessionPresent, decoded.SessionPresent);
            Assert.Equal(code, decoded.ReturnCode);
            Assert.Equal(bytes, new ConnackPacket { SessionPresent = sessionPresent, ReturnCode = code }.Encode());
        }

        // Section 3.3.2.3 example: topic "a/b", packet identifier 10.
        [Fact]
        public void PublishQos1MatchesTheSpecExample()
        {
            byte[] bytes = Hex.Bytes("32 09 00 03 61 2F 62 00 0A 68 69");
            PublishPacket packet = new PublishPacket { Topic = "a/b", PacketId = 10, Qos = 1, Payload = Encoding.UTF8.GetBytes("hi") };
            Assert.Equal(bytes, packet.Encode());

            Assert.True(PublishPacket.TryDecode(bytes, 0, bytes.Length, out PublishPacket decoded));
            Assert.Equal("a/b", decoded.Topic);
            Assert.Equal(10, decoded.PacketId);
            Assert.Equal(1, decoded.Qos);
            Assert.False(decoded.Retain);
            Assert.False(decoded.Dup);
            Assert.Equal("hi", Encoding.UTF8.GetString(decoded.Payload));
        }

        [Fact]
        public void PublishQos0RetainedHasNoPacketIdentifier()
        {
            byte[] bytes = Hex.Bytes("31 05 00 03 61 2F 62");
            Assert.Equal(bytes, new PublishPacket { Topic = "a/b", Retain = true }.Encode());
            Assert.True(PublishPacket.TryDecode(bytes, 0, bytes.Length, out PublishPacket decoded));
            Assert.True(decoded.Retain);
            Assert.Equal(0, decoded.PacketId);
            Assert.Empty(decoded.Payload);
        }

        [Fact]
        public void PublishQos2DuplicateSetsDupAndQosBits()
        {
            byte[] bytes = Hex.Bytes("3C 07 00 03 61 2F 62 12 34");
            Assert.Equal(bytes, new PublishPacket { Topic = "a/b", Qos = 2, Dup = true, PacketId = 0x1234 }.Encode());
            Assert.True(PublishPacket.TryDecode(bytes, 0, bytes.Length, out PublishPacket decoded));
            Assert.True(decoded.Dup);
            Assert.Equal(2, decoded.Qos);
        }

        [Fact]
        public void AcknowledgementPacketsCarryOnlyThePacketIdentifier()
        {
            AssertIdPacket("40 02 00 0A", new PubackPacket { PacketId = 10 }.Encode(), b => PubackPacket.TryDecode(b, 0, b.Length, out PubackPacket p) ? p.PacketId : -1);
            AssertIdPacket("50 02 00 0A", new PubrecPacket { PacketId = 10 }.Encode(), b => PubrecPacket.TryDecode(b, 0, b.Length, out PubrecPacket p) ? p.PacketId : -1);
            AssertIdPacket("62 02 00 0A", new PubrelPacket { PacketId = 10 }.Encode(), b => PubrelPacket.TryDecode(b, 0, b.Length, out PubrelPacket p) ? p.PacketId : -1);
            AssertIdPacket("70 02 00 0A", new PubcompPacket { PacketId = 10 }.Encode(), b => PubcompPacket.TryDecode(b, 0, b.Length, out PubcompPacket p) ? p.PacketId : -1);
            AssertIdPacket("B0 02 00 0A", new UnsubackPacket { PacketId = 10 }.Encode(), b => UnsubackPacket.TryDecode(b, 0, b.Length, out UnsubackPacket p) ? p.PacketId : -1);
        }

        // Section 3.8.3.1 example: "a/b" QoS 1 and "c/d" QoS 2, packet identifier 10.
        [Fact]
        public void SubscribeMatchesTheSpecExample()
        {
            byte[] bytes = Hex.Bytes("82 0E 00 0A 00 03 61 2F 62 01 00 03 63 2F 64 02");
            SubscribePacket packet = new SubscribePacket { PacketId = 10, TopicFilters = new[] { "a/b", "c/d" }, QosLevels = new byte[] { 1, 2 } };
            Assert.Equal(bytes, packet.Encode());
            Assert.True(SubscribePacket.TryDecode(bytes, 0, bytes.Length, out SubscribePacket decoded));
            Assert.Equal(new[] { "a/b", "c/d" }, decoded.TopicFilters);
            Assert.Equal(new byte[] { 1, 2 }, decoded.QosLevels);
        }

        // Section 3.9.3 example: return codes 0, 1, 2 and failure.
        [Fact]
        public void SubackMatchesTheSpecExample()
        {
            byte[] bytes = Hex.Bytes("90 06 00 0A 00 01 02 80");
            Assert.Equal(bytes, new SubackPacket { PacketId = 10, ReturnCodes = new byte[] { 0, 1, 2, 0x80 } }.Encode());
            Assert.True(SubackPacket.TryDecode(bytes, 0, bytes.Length, out SubackPacket decoded));
            Assert.Equal(new byte[] { 0, 1, 2, 0x80 }, decoded.ReturnCodes);
        }

        // Section 3.10.3.1 example: "a/b" and "c/d".
        [Fact]
        public void UnsubscribeMatchesTheSpecExample()
        {
            byte[] bytes = Hex.Bytes("A2 0C 00 0A 00 03 61 2F 62 00 03 63 2F 64");
            Assert.Equal(bytes, new UnsubscribePacket { PacketId = 10, TopicFilters = new[] { "a/b", "c/d" } }.Encode());
            Assert.True(UnsubscribePacket.TryDecode(bytes, 0, bytes.Length, out UnsubscribePacket decoded));
            Assert.Equal(new[] { "a/b", "c/d" }, decoded.TopicFilters);
        }

        [Fact]
        public void PingAndDisconnectAreTwoBytes()
        {
            byte[] pingreq = Hex.Bytes("C0 00");
            byte[] pingresp = Hex.Bytes("D0 00");
            byte[] disconnect = Hex.Bytes("E0 00");
            Assert.Equal(pingreq, new PingreqPacket().Encode());
            Assert.Equal(pingresp, new PingrespPacket().Encode());
            Assert.Equal(disconnect, new DisconnectPacket().Encode());
            Assert.True(PingreqPacket.TryDecode(pingreq, 0, 2, out _));
            Assert.True(PingrespPacket.TryDecode(pingresp, 0, 2, out _));
            Assert.True(DisconnectPacket.TryDecode(disconnect, 0, 2, out _));
        }

        private static void AssertIdPacket(string hex, byte[] encoded, System.Func<byte[], int> decodeId)
        {
            byte[] bytes = Hex.Bytes(hex);
            Assert.Equal(bytes, encoded);
            Assert.Equal(10, decodeId(bytes));
        }
    }
}
