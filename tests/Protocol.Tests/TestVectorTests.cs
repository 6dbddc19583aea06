// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Protocol.Tests.Support;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Xunit;
using BclCrypto = bcl::System.Security.Cryptography;

namespace Protocol.Tests
{
    /// <summary>
    /// Golden bytes: the code must reproduce docs/test-vectors.json exactly, and a second, independent reading
    /// of the vectors with .NET's own HMAC/AES/HKDF/SHA-256 and only the spec's layouts must agree.
    /// </summary>
    public class TestVectorTests
    {
        private static readonly Lazy<Dictionary<string, string>> File = new Lazy<Dictionary<string, string>>(Load);

        private static string RepoFile()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !System.IO.File.Exists(Path.Combine(dir, "CONTRIBUTING.md")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir == null ? Path.Combine(AppContext.BaseDirectory, "test-vectors.json") : Path.Combine(dir, "docs", "test-vectors.json");
        }

        private static Dictionary<string, string> Load()
        {
            string path = RepoFile();
            if (Environment.GetEnvironmentVariable("OKF_WRITE_VECTORS") == "1")
            {
                System.IO.File.WriteAllText(path, VectorGenerator.ToJson(VectorGenerator.Build()));
            }

            Dictionary<string, string> result = new Dictionary<string, string>();
            using JsonDocument doc = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            foreach (JsonProperty p in doc.RootElement.GetProperty("vectors").EnumerateObject())
            {
                result[p.Name] = p.Value.GetString();
            }

            return result;
        }

        private static byte[] V(string name)
        {
            return Convert.FromHexString(File.Value[name]);
        }

        public static IEnumerable<object[]> Names()
        {
            foreach (KeyValuePair<string, string> pair in VectorGenerator.Build())
            {
                yield return new object[] { pair.Key };
            }
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void CodeReproducesTheVectorFileExactly(string name)
        {
            string expected;
            Assert.True(File.Value.TryGetValue(name, out expected), name + " missing from docs/test-vectors.json");
            foreach (KeyValuePair<string, string> pair in VectorGenerator.Build())
            {
                if (pair.Key == name)
                {
                    Assert.Equal(expected, pair.Value);
                }
            }
        }

        [Fact]
        public void DeviceIdIsTheSha256OfLabelAndPublicKey()
        {
            byte[] input = Concat(Encoding.ASCII.GetBytes("okf1 device id"), V("derived.device_public"));
            Assert.Equal(V("derived.device_id"), BclCrypto.SHA256.HashData(input)[..8]);
        }

        [Fact]
        public void KeyScheduleFollowsTheSpecWithDotNetHkdf()
        {
            byte[] id = V("derived.device_id");
            byte[] prk = BclCrypto.HKDF.Extract(BclCrypto.HashAlgorithmName.SHA256, V("derived.shared_secret"), V("input.pairing_secret"));
            byte[] info = Concat(Encoding.ASCII.GetBytes("okf1 master"), id, V("derived.device_public"), V("derived.owner_public"));
            byte[] master = BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, prk, 32, info);
            Assert.Equal(V("derived.master_key"), master);
            Assert.Equal(V("derived.c2d_mac"), BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, master, 32, Concat(Encoding.ASCII.GetBytes("okf1 c2d mac"), id)));
            Assert.Equal(V("derived.d2c_enc"), BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, master, 16, Concat(Encoding.ASCII.GetBytes("okf1 d2c enc"), id)));
            byte[] proofPrk = BclCrypto.HKDF.Extract(BclCrypto.HashAlgorithmName.SHA256, V("input.pairing_secret"), Encoding.ASCII.GetBytes("okf1 pairing salt"));
            Assert.Equal(V("derived.pairing_proof_key"), BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, proofPrk, 32, Concat(Encoding.ASCII.GetBytes("okf1 pair proof"), id)));
        }

        [Fact]
        public void PairingRequestProofAndResponseTagFollowTheSpec()
        {
            byte[] request = V("message.pairing_request");
            Assert.Equal(82, request.Length);
            Assert.Equal(BclCrypto.HMACSHA256.HashData(V("derived.pairing_proof_key"), request[..66])[..16], request[66..]);
            byte[] response = V("message.pairing_response");
            Assert.Equal(53, response.Length);
            Assert.Equal(BclCrypto.HMACSHA256.HashData(V("derived.confirm_key"), Concat(response[..37], request))[..16], response[37..]);
        }

        [Fact]
        public void CommandDecryptsAndAuthenticatesWithDotNetCrypto()
        {
            byte[] command = V("message.command_open");
            Assert.Equal(0x01, command[0]);
            Assert.Equal(0x01, command[1]);
            Assert.Equal(V("derived.device_id"), command[2..10]);
            Assert.Equal(V("input.device_nonce"), command[19..27]);
            Assert.Equal(BclCrypto.HMACSHA256.HashData(V("derived.c2d_mac"), command[..^16])[..16], command[^16..]);
            byte[] plain = Ctr(V("derived.c2d_enc"), 0x01, command[11..19], command[27..^16]);
            Assert.Equal(VectorGenerator.OwnerTime, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(plain));
            Assert.Equal(new byte[] { 0x20, 1, 2, 3 }, plain[8..]);
        }

        [Fact]
        public void ResultAndEventDecryptWithTheDeviceDirectionKeys()
        {
            byte[] result = V("message.result_open");
            Assert.Equal((byte)MessageType.Result, result[1]);
            Assert.Equal(BclCrypto.HMACSHA256.HashData(V("derived.d2c_mac"), result[..^16])[..16], result[^16..]);
            byte[] plain = Ctr(V("derived.d2c_enc"), 0x02, result[11..19], result[19..^16]);
            byte[] command = V("message.command_open");
            Assert.Equal(command[11..19], plain[..8]);
            Assert.Equal(new byte[] { 0x20, 0x00, 1, 2, 3 }, plain[8..]);

            byte[] ev = V("message.event");
            byte[] evPlain = Ctr(V("derived.d2c_enc"), 0x02, ev[11..19], ev[19..^16]);
            Assert.Equal(0x81, evPlain[0]);
            Assert.Equal("ring", Encoding.ASCII.GetString(evPlain[9..]));
        }

        [Fact]
        public void GuestCommandCarriesThePassAndUsesTheGuestKeys()
        {
            byte[] command = V("message.command_guest_open");
            Assert.Equal((byte)MessageType.GuestCommand, command[1]);
            Assert.Equal(V("message.guest_pass_body"), command[27..54]);
            byte[] info = Concat(Encoding.ASCII.GetBytes("okf1 guest"), V("derived.device_id"), new byte[] { command[10] }, V("message.guest_pass_body"));
            byte[] guestMaster = BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, V("derived.pass_issue_key"), 32, info);
            Assert.Equal(V("derived.guest_master"), guestMaster);
            byte[] mac = BclCrypto.HKDF.Expand(BclCrypto.HashAlgorithmName.SHA256, guestMaster, 32, Concat(Encoding.ASCII.GetBytes("okf1 c2d mac"), V("derived.device_id")));
            Assert.Equal(BclCrypto.HMACSHA256.HashData(mac, command[..^16])[..16], command[^16..]);
        }

        [Fact]
        public void NonceAnnouncementIsEighteenClearBytes()
        {
            byte[] nonce = V("message.nonce");
            Assert.Equal(Concat(new byte[] { 1, 5 }, V("derived.device_id"), V("input.device_nonce")), nonce);
        }

        [Fact]
        public void NonceMessageParsesAndReencodesToTheVector()
        {
            byte[] bytes = V("message.nonce");
            NonceMessage parsed = new NonceMessage();
            Assert.Equal(ReasonCode.Done, NonceMessage.TryParse(bytes, 0, bytes.Length, parsed));
            Assert.Equal(V("input.device_nonce"), parsed.Nonce);
            byte[] again = new byte[bytes.Length];
            parsed.Encode(again, 0);
            Assert.Equal(bytes, again);
            Assert.Equal(ReasonCode.BadLength, NonceMessage.TryParse(bytes, 0, bytes.Length - 1, parsed));
            bytes[1] = 0x03;
            Assert.Equal(ReasonCode.BadType, NonceMessage.TryParse(bytes, 0, bytes.Length, parsed));
        }

        [Theory]
        [InlineData("message.command_ping", MessageType.Command, 1)]
        [InlineData("message.command_open", MessageType.Command, 2)]
        [InlineData("message.command_guest_open", MessageType.GuestCommand, 1)]
        public void CommandVectorsParseAndTheirHeadersReencodeExactly(string name, MessageType type, long counter)
        {
            byte[] bytes = V(name);
            CommandMessage parsed = new CommandMessage();
            Assert.Equal(ReasonCode.Done, CommandMessage.TryParse(bytes, 0, bytes.Length, parsed));
            Assert.Equal(type, parsed.Type);
            Assert.Equal(counter, parsed.Counter);
            Assert.Equal(V("derived.device_id"), parsed.DeviceId);
            Assert.Equal(bytes.Length - ProtocolConstants.TagSize, parsed.TagOffset);
            byte[] header = new byte[parsed.HeaderLength];
            parsed.EncodeHeader(header, 0);
            Assert.Equal(bytes[..parsed.HeaderLength], header);
            if (type == MessageType.GuestCommand)
            {
                Assert.Equal(0x01020304u, parsed.Pass.PassId);
                Assert.Equal(5, parsed.Pass.MaxUses);
            }
        }

        [Theory]
        [InlineData("message.result_ping", MessageType.Result, 1)]
        [InlineData("message.result_open", MessageType.Result, 2)]
        [InlineData("message.event", MessageType.Event, 3)]
        [InlineData("message.result_guest_open", MessageType.Result, 4)]
        public void DeviceMessageVectorsParseAndTheirHeadersReencodeExactly(string name, MessageType type, long counter)
        {
            byte[] bytes = V(name);
            DeviceMessage parsed = new DeviceMessage();
            Assert.Equal(ReasonCode.Done, DeviceMessage.TryParse(bytes, 0, bytes.Length, parsed));
            Assert.Equal(type, parsed.Type);
            Assert.Equal(counter, parsed.Counter);
            Assert.Equal(1, parsed.KeyId);
            byte[] header = new byte[ProtocolConstants.DeviceHeaderSize];
            parsed.EncodeHeader(header, 0);
            Assert.Equal(bytes[..ProtocolConstants.DeviceHeaderSize], header);
        }

        [Fact]
        public void PairingVectorsParseToTheirFields()
        {
            byte[] request = V("message.pairing_request");
            Shared.Crypto.Pairing.PairingRequest parsedRequest = new Shared.Crypto.Pairing.PairingRequest();
            Assert.Equal(ReasonCode.Done, Shared.Crypto.Pairing.PairingRequest.TryParse(request, 0, request.Length, parsedRequest));
            Assert.Equal(V("derived.owner_public"), parsedRequest.OwnerPublicKey);
            Assert.Equal(V("input.owner_nonce"), parsedRequest.OwnerNonce);
            byte[] response = V("message.pairing_response");
            Shared.Crypto.Pairing.PairingResponse parsed = new Shared.Crypto.Pairing.PairingResponse();
            Assert.Equal(ReasonCode.Done, Shared.Crypto.Pairing.PairingResponse.TryParse(response, 0, response.Length, parsed));
            Assert.Equal(ReasonCode.Done, parsed.Reason);
            Assert.Equal(1, parsed.KeyId);
            Assert.Equal(OwnerRole.Admin, parsed.Role);
            Assert.Equal(1, parsed.CounterStart);
            byte[] again = new byte[response.Length];
            parsed.EncodeUnsigned(again, 0);
            Assert.Equal(response[..37], again[..37]);
        }

        private static byte[] Ctr(byte[] key, byte direction, byte[] counter, byte[] input)
        {
            using BclCrypto.Aes aes = BclCrypto.Aes.Create();
            aes.Key = key;
            byte[] block = new byte[16];
            block[0] = direction;
            counter.CopyTo(block, 4);
            byte[] output = new byte[input.Length];
            for (int i = 0; i < input.Length; i += 16)
            {
                byte[] stream = aes.EncryptEcb(block, BclCrypto.PaddingMode.None);
                for (int j = i; j < Math.Min(i + 16, input.Length); j++)
                {
                    output[j] = (byte)(input[j] ^ stream[j - i]);
                }

                for (int k = 15; k >= 0 && ++block[k] == 0; k--)
                {
                }
            }

            return output;
        }

        private static byte[] Concat(params byte[][] parts)
        {
            List<byte> all = new List<byte>();
            foreach (byte[] p in parts)
            {
                all.AddRange(p);
            }

            return all.ToArray();
        }
    }
}
