// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

extern alias bcl;

using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>
    /// Persistent MQTT client ids (watch sessions) come from a random secret kept in the key file, so nobody can compute
    /// them from public values and take a watch's session over; the same key file still finds its session again.
    /// </summary>
    public sealed class ClientIdTests : IDisposable
    {
        private readonly Okf _okf = new Okf("127.0.0.1:1");

        private OwnerClient Client() => new OwnerClient(new ToolSettings { KeyFile = _okf.KeyFile });

        [Fact]
        public void KeygenStoresARandomSecretAndTheIdDependsOnItNotOnPublicValues()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OwnerKeyFile file = Client().LoadKeys();
            byte[] secret = Hex.TryDecode(file.ClientIdSecret, OwnerClient.ClientIdSecretSize);
            Assert.NotNull(secret);
            string purpose = "watch/0123456789abcdef/default";
            string id = OwnerClient.PersistentClientId(secret, purpose);
            Assert.Matches("^okf-[0-9a-f]{16}$", id);

            // The earlier scheme hashed the owner public key (the broker sees it at pairing) with the purpose.
            string fromPublic = "okf-" + Hex.Encode(bcl::System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(file.OwnerPublicKey + "\n" + purpose))).Substring(0, 16);
            Assert.NotEqual(fromPublic, id);
            Assert.DoesNotContain(file.OwnerPublicKey.Substring(0, 16), id);

            // Same secret and purpose: the same session; another purpose or another key file: another id.
            Assert.Equal(id, OwnerClient.PersistentClientId(Client().ClientIdSecret(Client().LoadKeys()), purpose));
            Assert.NotEqual(id, OwnerClient.PersistentClientId(secret, "watch/0123456789abcdef/kitchen"));
            using var other = new Okf("127.0.0.1:1");
            Assert.Equal(0, other.Run("keygen").Code);
            byte[] otherSecret = Hex.TryDecode(new KeyStore(other.KeyFile).Load().ClientIdSecret, OwnerClient.ClientIdSecretSize);
            Assert.NotEqual(id, OwnerClient.PersistentClientId(otherSecret, purpose));
        }

        [Fact]
        public void AKeyFileFromBeforeTheSecretGetsOneOnceAndKeepsIt()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            JsonNode json = JsonNode.Parse(File.ReadAllText(_okf.KeyFile));
            json.AsObject().Remove("ClientIdSecret");
            File.WriteAllText(_okf.KeyFile, json.ToJsonString());
            Assert.Null(Client().LoadKeys().ClientIdSecret);

            byte[] first = Client().ClientIdSecret(Client().LoadKeys());
            Assert.NotNull(first);
            string saved = Client().LoadKeys().ClientIdSecret;
            Assert.Equal(Hex.Encode(first), saved);
            Assert.Equal(saved, Hex.Encode(Client().ClientIdSecret(Client().LoadKeys())));
        }

        public void Dispose() => _okf.Dispose();
    }
}
