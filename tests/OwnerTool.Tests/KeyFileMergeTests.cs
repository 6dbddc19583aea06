// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using OwnerTool.Core;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>
    /// One key file shared by several okf runs (a long `okf watch` beside commands): saves are locked
    /// read-modify-writes, counters never go backwards, entries others added or removed are respected. These runs
    /// reserve one counter per write so each counter can be named; blocks are covered by KeyFileCounterBlockTests.
    /// </summary>
    public sealed class KeyFileMergeTests : IDisposable
    {
        private const string GarageId = "0102030405060708";
        private const string DoorbellId = "1112131415161718";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "okf-merge-" + Guid.NewGuid().ToString("N"));
        private readonly string _path;

        public KeyFileMergeTests()
        {
            _path = Path.Combine(_folder, "owner.json");
            new OwnerClient(new ToolSettings { KeyFile = _path }).GenerateKeys(false);
            new KeyStore(_path).Update(file =>
            {
                file.Devices.Add(Device("garage", GarageId, 1, "2026-01-01T00:00:00Z"));
                file.Devices.Add(Device("front-door", DoorbellId, 1, "2026-01-01T00:00:01Z"));
                return true;
            });
        }

        [Fact]
        public void AWatchSavingAnEventDoesNotRollBackCountersAnotherRunAdvanced()
        {
            // The watch loads the file first and keeps it for its whole life.
            Run watch = Run.Load(_path, DoorbellId);
            Run command = Run.Load(_path, GarageId);
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(1 + i, command.Reserve());
            }

            watch.Session.RestoreReceived(7);
            watch.Store.SaveCounters(watch.Session);

            OwnerKeyFile disk = new KeyStore(_path).Load();
            Assert.Equal(4, Find(disk, GarageId).NextCounter);
            Assert.Equal(7, Find(disk, DoorbellId).ReceivedHighest);
        }

        [Fact]
        public void AStaleRunReservesPastEveryCounterAnotherRunUsedAndAdoptsTheMaximum()
        {
            Run stale = Run.Load(_path, GarageId);
            Run other = Run.Load(_path, GarageId);
            other.Reserve();
            other.Reserve();

            long counter = stale.Reserve();

            Assert.Equal(3, counter);
            Assert.Equal(4, stale.Session.NextCounter);
            Assert.Equal(4, stale.Entry.NextCounter);
            Assert.Equal(4, Find(new KeyStore(_path).Load(), GarageId).NextCounter);
            Assert.Equal(4, other.Reserve());
        }

        [Fact]
        public void InterleavedSavesOfTwoRunsNeverLowerASavedCounter()
        {
            Run a = Run.Load(_path, GarageId);
            Run b = Run.Load(_path, GarageId);
            var used = new ConcurrentDictionary<long, bool>();
            long previous = 0;
            for (int i = 0; i < 20; i++)
            {
                Run run = i % 3 == 0 ? a : b;
                Assert.True(used.TryAdd(run.Reserve(), true), "a counter was handed out twice");
                a.Store.SaveCounters(a.Session);
                b.Store.SaveCounters(b.Session);
                long saved = Find(new KeyStore(_path).Load(), GarageId).NextCounter;
                Assert.True(saved > previous, "saved NextCounter went from " + previous + " to " + saved);
                previous = saved;
            }
        }

        [Fact]
        public void ConcurrentRunsOnSeveralThreadsNeverShareACounterAndKeepTheMaximum()
        {
            const int Runs = 4;
            const int PerRun = 40;
            var used = new ConcurrentDictionary<long, bool>();
            int duplicates = 0;
            // Each thread is its own "process": own KeyStore, own loaded copy, own lock file handle. All load
            // before any of them saves, so each starts from the same received-highest (0) and ends at PerRun.
            Run[] runs = Enumerable.Range(0, Runs).Select(n => Run.Load(_path, GarageId)).ToArray();
            Thread[] threads = runs.Select(run => new Thread(() =>
            {
                for (int i = 0; i < PerRun; i++)
                {
                    if (!used.TryAdd(run.Reserve(), true))
                    {
                        Interlocked.Increment(ref duplicates);
                    }

                    run.Session.RestoreReceived(run.Session.ReceivedHighest + 1);
                    run.Store.SaveCounters(run.Session);
                }
            })).ToArray();
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            PairedDevice garage = Find(new KeyStore(_path).Load(), GarageId);
            Assert.Equal(0, duplicates);
            Assert.Equal(Runs * PerRun, used.Count);
            Assert.Equal(1 + (Runs * PerRun), garage.NextCounter);
            Assert.Equal(used.Keys.Max() + 1, garage.NextCounter);
            Assert.Equal(PerRun, garage.ReceivedHighest);
        }

        [Fact]
        public void ADevicePairedByAnotherRunSurvivesASaveOfAStaleCopy()
        {
            Run stale = Run.Load(_path, GarageId);
            new KeyStore(_path).Update(file =>
            {
                file.Devices.Add(Device("shed", "2122232425262728", 3, "2026-02-02T00:00:00Z"));
                return true;
            });

            stale.Reserve();

            OwnerKeyFile disk = new KeyStore(_path).Load();
            Assert.Equal(new[] { "garage", "front-door", "shed" }, disk.Devices.Select(d => d.Name).ToArray());
        }

        [Fact]
        public void ADeviceRemovedByAnotherRunIsNotResurrectedAndNoCounterIsHandedOut()
        {
            Run stale = Run.Load(_path, GarageId);
            new KeyStore(_path).Update(file => file.Devices.RemoveAll(d => d.DeviceId == GarageId) == 1);
            string before = File.ReadAllText(_path);

            stale.Store.SaveCounters(stale.Session);
            OwnerToolException refused = Assert.Throws<OwnerToolException>(() => stale.Store.ReserveCounter(stale.Session));

            Assert.Equal(ExitCode.NotPaired, refused.Code);
            Assert.Equal(before, File.ReadAllText(_path));
            Assert.Null(Find(new KeyStore(_path).Load(), GarageId));
        }

        [Fact]
        public void ARepairingOfTheSameDeviceIsADifferentEntryAndGetsNoCountersOfTheOldOne()
        {
            Run stale = Run.Load(_path, GarageId);
            stale.Session.RestoreReceived(500);
            new KeyStore(_path).Update(file =>
            {
                file.Devices.RemoveAll(d => d.DeviceId == GarageId);
                file.Devices.Add(Device("garage", GarageId, 2, "2026-03-03T00:00:00Z"));
                return true;
            });

            stale.Store.SaveCounters(stale.Session);

            PairedDevice garage = Find(new KeyStore(_path).Load(), GarageId);
            Assert.Equal(2, garage.KeyId);
            Assert.Equal(0, garage.ReceivedHighest);
            Assert.Equal(1, garage.NextCounter);
        }

        [Fact]
        public void AWriteWaitsForTheLockAndGivesUpWithAKeyFileProblem()
        {
            var holder = new KeyStore(_path);
            var writer = new KeyStore(_path) { LockTimeout = TimeSpan.Zero };
            using (holder.AcquireLock())
            {
                OwnerToolException locked = Assert.Throws<OwnerToolException>(() => writer.Update(file => true));
                Assert.Equal(ExitCode.KeyFileProblem, locked.Code);
                Assert.Contains("locked", locked.Message);
            }

            writer.Update(file => true);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_path));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(writer.LockPath));
            }
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
            }
        }

        private static PairedDevice Find(OwnerKeyFile file, string deviceId) => file.Devices.FirstOrDefault(d => d.DeviceId == deviceId);

        private static PairedDevice Device(string name, string deviceId, int keyId, string pairedAt) => new PairedDevice
        {
            Name = name,
            DeviceId = deviceId,
            Kind = name == "front-door" ? "doorbell" : "garage",
            DevicePublicKey = new string('a', 64),
            KeyId = keyId,
            Role = "admin",
            MasterKey = new string('b', 64),
            NextCounter = 1,
            PairedAt = pairedAt,
        };

        /// <summary>What one okf process holds: its loaded entry, a session made from it, and the store.</summary>
        private sealed class Run
        {
            private Run(PairedDevice entry, OwnerSession session, KeyFileSessionStore store)
            {
                Entry = entry;
                Session = session;
                Store = store;
            }

            public PairedDevice Entry { get; }

            public OwnerSession Session { get; }

            public KeyFileSessionStore Store { get; }

            public static Run Load(string path, string deviceId, int blockSize = 1)
            {
                var keys = new KeyStore(path);
                PairedDevice entry = Find(keys.Load(), deviceId);
                var session = new OwnerSession(new NativeCryptoBackend(), OwnerTool.Core.Hex.TryDecode(entry.DeviceId, 8), (byte)entry.KeyId,
                    OwnerTool.Core.Hex.TryDecode(entry.MasterKey, 32), entry.NextCounter);
                session.RestoreReceived(entry.ReceivedHighest);
                return new Run(entry, session, new KeyFileSessionStore(keys, entry, blockSize));
            }

            /// <summary>Does what DeviceChannel does before sealing: reserve, raise the session, seal (advancing it).</summary>
            public long Reserve()
            {
                long counter = Store.ReserveCounter(Session);
                Session.RaiseNextCounter(counter);
                Assert.Equal(counter, Session.NextCounter);
                byte[] nonce = new byte[ProtocolConstants.NonceSize];
                byte[] output = new byte[ProtocolConstants.MaxCommandSize];
                Assert.True(Session.SealCommand(nonce, 0, 0, 0x20, null, 0, 0, output, 0) > 0);
                return counter;
            }
        }
    }
}
