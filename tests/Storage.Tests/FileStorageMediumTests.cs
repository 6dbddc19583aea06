// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using Shared.Crypto.Storage;
using Shared.Runtime.Storage;
using Xunit;

namespace Storage.Tests
{
    public sealed class FileStorageMediumTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "okf-storage-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, true);
            }
        }

        [Fact]
        public void FilesRoundTripInATemporaryFolderCreatedOnDemand()
        {
            FileStorageMedium medium = new FileStorageMedium(_folder);
            Assert.True(Directory.Exists(_folder));
            Assert.Equal(-1, medium.Length("a.0"));
            Assert.Equal(-1, medium.Read("a.0", new byte[4], 0, 4));
            medium.Write("a.0", new byte[] { 9, 1, 2, 3, 9 }, 1, 3);
            Assert.Equal(3, medium.Length("a.0"));
            byte[] buffer = new byte[6];
            Assert.Equal(3, medium.Read("a.0", buffer, 2, 4));
            Assert.Equal(new byte[] { 0, 0, 1, 2, 3, 0 }, buffer);
        }

        [Fact]
        public void AWriteReplacesALongerFileAndDeleteRemovesIt()
        {
            FileStorageMedium medium = new FileStorageMedium(_folder + Path.DirectorySeparatorChar);
            medium.Write("b", new byte[100], 0, 100);
            medium.Write("b", new byte[] { 7 }, 0, 1);
            Assert.Equal(1, medium.Length("b"));
            medium.Delete("b");
            medium.Delete("b");
            Assert.Equal(-1, medium.Length("b"));
        }

        [Fact]
        public void NamesWithSeparatorsAreRefused()
        {
            FileStorageMedium medium = new FileStorageMedium(_folder);
            Assert.Throws<ArgumentException>(() => medium.Write("../x", new byte[1], 0, 1));
        }

        [Fact]
        public void RecordsSurviveARestartAndATornSlotFileOnRealFiles()
        {
            RecordStore store = new RecordStore(new FileStorageMedium(_folder));
            store.Save("keys", new byte[] { 1, 1 }, 0, 2);
            store.Save("keys", new byte[] { 2, 2, 2 }, 0, 3);

            // Tear the newest slot as a power cut during the rewrite would.
            string newest = Path.Combine(_folder, "keys.1");
            byte[] content = File.ReadAllBytes(newest);
            File.WriteAllBytes(newest, content.AsSpan(0, content.Length / 2).ToArray());

            byte[] buffer = new byte[16];
            RecordStore restarted = new RecordStore(new FileStorageMedium(_folder));
            Assert.Equal(2, restarted.Load("keys", buffer));
            Assert.Equal(1, buffer[0]);
        }
    }
}
