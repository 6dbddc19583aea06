// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>The key file: owner-only permissions, refusal of shared files, clear errors, no secrets printed.</summary>
    public sealed class KeyFileTests : IDisposable
    {
        private readonly Okf _okf = new Okf("127.0.0.1:1");

        [Fact]
        public void KeygenCreatesAnOwnerOnlyFileInAnOwnerOnlyFolder()
        {
            string nested = Path.Combine(_okf.Folder, "fresh", "owner.json");
            var client = new OwnerClient(new ToolSettings { KeyFile = nested });
            client.GenerateKeys(false);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(nested));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                    File.GetUnixFileMode(Path.GetDirectoryName(nested)));
            }
        }

        [Fact]
        public void KeygenDoesNotPrintThePrivateKey()
        {
            OkfRun run = _okf.Run("keygen");
            Assert.Equal(0, run.Code);
            OwnerKeyFile file = new KeyStore(_okf.KeyFile).Load();
            Assert.DoesNotContain(file.OwnerPrivateKey, run.Output + run.Error);
            Assert.Contains(file.OwnerPublicKey, run.Output);
        }

        [Fact]
        public void KeygenRefusesToOverwriteWithoutForce()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            string before = File.ReadAllText(_okf.KeyFile);
            OkfRun again = _okf.Run("keygen");
            Assert.Equal((int)ExitCode.KeyFileProblem, again.Code);
            Assert.Equal(before, File.ReadAllText(_okf.KeyFile));
            Assert.Equal(0, _okf.Run("keygen", "--force").Code);
            Assert.NotEqual(before, File.ReadAllText(_okf.KeyFile));
        }

        [Theory]
        [InlineData(UnixFileMode.GroupRead)]
        [InlineData(UnixFileMode.OtherRead)]
        [InlineData(UnixFileMode.OtherWrite)]
        public void AKeyFileOthersCanAccessIsRefusedWithTheFix(UnixFileMode extra)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            Assert.Equal(0, _okf.Run("keygen").Code);
            File.SetUnixFileMode(_okf.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
            OkfRun run = _okf.Run("devices");
            Assert.Equal((int)ExitCode.KeyFileProblem, run.Code);
            Assert.Contains("accessible by other users", run.Error);
            Assert.Contains("chmod 600", run.Error);
        }

        [Fact]
        public void AMissingKeyFileSaysToRunKeygen()
        {
            OkfRun run = _okf.Run("devices");
            Assert.Equal((int)ExitCode.KeyFileProblem, run.Code);
            Assert.Contains("okf keygen", run.Error);
        }

        [Fact]
        public void ACorruptKeyFileIsAKeyFileProblem()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            File.WriteAllText(_okf.KeyFile, "{ not json");
            OkfRun run = _okf.Run("devices");
            Assert.Equal((int)ExitCode.KeyFileProblem, run.Code);
            Assert.Contains("not valid JSON", run.Error);
        }

        [Fact]
        public void SavingReplacesTheFileAtomicallyAndKeepsItPrivate()
        {
            var store = new KeyStore(_okf.KeyFile);
            var client = new OwnerClient(new ToolSettings { KeyFile = _okf.KeyFile });
            OwnerKeyFile file = client.GenerateKeys(false);
            file.Devices.Add(new PairedDevice { Name = "garage", DeviceId = "0011223344556677", NextCounter = 42 });
            store.Save(file);
            Assert.False(File.Exists(_okf.KeyFile + ".tmp"));
            Assert.Equal(42, store.Load().Devices[0].NextCounter);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_okf.KeyFile));
            }
        }

        [Fact]
        public void AnUnknownDeviceIsNotPaired()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OkfRun run = _okf.Run("garage", "open", "shed");
            Assert.Equal((int)ExitCode.NotPaired, run.Code);
            Assert.Contains("not paired", run.Error);
        }

        public void Dispose() => _okf.Dispose();
    }
}
