// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using OwnerTool.Core;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>A passphrase-protected key file keeps no secret in the clear and opens only with its passphrase.</summary>
    public sealed class KeyFilePassphraseTests : IDisposable
    {
        private const int FastIterations = 1000;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "okf-pass-" + Guid.NewGuid().ToString("N"));

        private string KeyFile => Path.Combine(_folder, "owner.json");

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, true);
            }
        }

        private OwnerKeyFile Create(string passphrase)
        {
            var client = new OwnerClient(new ToolSettings { KeyFile = KeyFile, Passphrase = () => passphrase });
            OwnerKeyFile file = client.GenerateKeys(false);
            client.Store.Update(current =>
            {
                current.Devices.Add(new PairedDevice { Name = "garage", DeviceId = "0011223344556677", Kind = "garage",
                    DevicePublicKey = new string('a', 64), KeyId = 1, Role = "admin", MasterKey = new string('b', 64), NextCounter = 5 });
                return true;
            });
            client.Store.SetPassphrase(passphrase, FastIterations);
            return file;
        }

        [Fact]
        public void SecretsAreSealedOnDiskAndOpenWithThePassphrase()
        {
            OwnerKeyFile file = Create("correct horse");
            string text = File.ReadAllText(KeyFile);
            Assert.DoesNotContain(file.OwnerPrivateKey, text);
            Assert.DoesNotContain(new string('b', 64), text);
            Assert.Contains(KeyFileCipher.Prefix, text);
            Assert.Contains(KeyFileProtection.Pbkdf2Sha256, text);

            OwnerKeyFile loaded = new KeyStore(KeyFile) { PassphraseProvider = () => "correct horse" }.Load();
            Assert.Equal(file.OwnerPrivateKey, loaded.OwnerPrivateKey);
            Assert.Equal(new string('b', 64), loaded.Devices[0].MasterKey);
        }

        [Fact]
        public void AWrongOrMissingPassphraseIsRefused()
        {
            Create("correct horse");
            OwnerToolException wrong = Assert.Throws<OwnerToolException>(() => new KeyStore(KeyFile) { PassphraseProvider = () => "wrong" }.Load());
            Assert.Equal(ExitCode.KeyFileProblem, wrong.Code);
            Assert.Contains("wrong passphrase", wrong.Message);
            OwnerToolException none = Assert.Throws<OwnerToolException>(() => new KeyStore(KeyFile).Load());
            Assert.Contains("OKF_PASSPHRASE", none.Message);
        }

        [Fact]
        public void UpdatesKeepTheFileSealedAndASealedKeyCannotMoveToAnotherDevice()
        {
            Create("pw");
            var store = new KeyStore(KeyFile) { PassphraseProvider = () => "pw" };
            store.Update(current =>
            {
                current.Devices[0].NextCounter = 99;
                return true;
            });
            string text = File.ReadAllText(KeyFile);
            Assert.DoesNotContain(new string('b', 64), text);
            Assert.Equal(99, new KeyStore(KeyFile) { PassphraseProvider = () => "pw" }.Load().Devices[0].NextCounter);

            // The master key sealed for one device id does not open under another (associated data).
            File.WriteAllText(KeyFile, text.Replace("0011223344556677", "8899aabbccddeeff"));
            Assert.Throws<OwnerToolException>(() => new KeyStore(KeyFile) { PassphraseProvider = () => "pw" }.Load());
        }

        [Fact]
        public void RemovingThePassphraseStoresTheSecretsPlainAgain()
        {
            OwnerKeyFile file = Create("pw");
            var store = new KeyStore(KeyFile) { PassphraseProvider = () => "pw" };
            store.SetPassphrase(null);
            Assert.Contains(file.OwnerPrivateKey, File.ReadAllText(KeyFile));
            Assert.Null(new KeyStore(KeyFile).Load().Protection);
        }
    }
}
