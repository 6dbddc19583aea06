// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
    /// Command counters reserved in blocks in the key file: one write per block, never a reused counter after a crash,
    /// disjoint blocks for processes sharing the file, and a fresh block for a process that fell behind the others.
    /// </summary>
    public sealed class KeyFileCounterBlockTests : IDisposable
    {
        private const string GarageId = "0102030405060708";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "okf-blocks-" + Guid.NewGuid().ToString("N"));
        private readonly string _path;

        public KeyFileCounterBlockTests()
        {
            _path = Path.Combine(_folder, "owner.json");
            new OwnerClient(new ToolSettings { KeyFile = _path }).GenerateKeys(false);
            new KeyStore(_path).Update(file =>
            {
                file.Devices.Add(new PairedDevice
                {
                    Name = "garage",
                    DeviceId = GarageId,
                    Kind = "garage",
                    DevicePublicKey = new string('a', 64),
                    KeyId = 1,
                    Role = "admin",
                    MasterKey = new string('b', 64),
                    NextCounter = 1,
                    PairedAt = "2026-01-01T00:00:00Z",
                });
                return true;
            });
        }

        [Fact]
        public void CommandsCostOneKeyFileWritePerBlockAndEveryUsedCounterIsOnDiskFirst()
        {
            Process run = Process.Start(_path);
            const int Commands = 100;
            var counters = new List<long>();
            for (int i = 0; i < Commands; i++)
            {
                long counter = run.Reserve();
                counters.Add(counter);
                Assert.True(DiskNextCounter() > counter, "counter " + counter + " was used before it was reserved on disk");
            }

            int blocks = (Commands + run.Store.BlockSize - 1) / run.Store.BlockSize;
            Assert.Equal(blocks, run.Keys.Writes);
            Assert.Equal(Enumerable.Range(1, Commands).Select(c => (long)c), counters);
        }

        [Fact]
        public void AfterACrashRightAfterAReservationTheNextRunContinuesAboveTheWholeBlock()
        {
            Process crashed = Process.Start(_path);
            var used = new List<long> { crashed.Reserve(), crashed.Reserve(), crashed.Reserve() };
            long reservedUpTo = DiskNextCounter(); // the block the crashed run held, unused counters included
            Assert.True(reservedUpTo > used.Max());

            // The process dies here: nothing more is written. A new run starts from the file alone.
            Process restarted = Process.Start(_path);
            long next = restarted.Reserve();

            Assert.Equal(reservedUpTo, next);
            Assert.True(next > used.Max());
            Assert.True(DiskNextCounter() > next);
        }

        [Fact]
        public void TwoRunsSharingTheKeyFileTakeDisjointBlocks()
        {
            Process a = Process.Start(_path);
            Process b = Process.Start(_path);
            var used = new HashSet<long>();
            for (int i = 0; i < 90; i++)
            {
                Process run = i % 3 == 0 ? a : b;
                Assert.True(used.Add(run.Reserve()), "a counter was handed out twice");
            }

            Assert.True(DiskNextCounter() > used.Max());
        }

        [Fact]
        public void ARunThatFellFarBehindTheOthersTakesAFreshBlockSoTheDeviceDoesNotSeeAReplay()
        {
            Process slow = Process.Start(_path);
            long first = slow.Reserve();
            Process busy = Process.Start(_path);
            long busiest = 0;
            for (int i = 0; i < 3 * KeyFileSessionStore.MaxLagBehindOthers; i++)
            {
                busiest = busy.Reserve();
            }

            long next = slow.Reserve();

            Assert.True(next > busiest, "the slow run went on with " + next + " after others used " + busiest);
            Assert.True(next - first > 1);
        }

        [Fact]
        public void ConcurrentRunsWithBlocksNeverShareACounter()
        {
            const int Runs = 4;
            const int PerRun = 100;
            var used = new ConcurrentDictionary<long, bool>();
            int duplicates = 0;
            Process[] runs = Enumerable.Range(0, Runs).Select(n => Process.Start(_path)).ToArray();
            Thread[] threads = runs.Select(run => new Thread(() =>
            {
                for (int i = 0; i < PerRun; i++)
                {
                    if (!used.TryAdd(run.Reserve(), true))
                    {
                        Interlocked.Increment(ref duplicates);
                    }
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

            Assert.Equal(0, duplicates);
            Assert.Equal(Runs * PerRun, used.Count);
            Assert.True(DiskNextCounter() > used.Keys.Max());
        }

        [Fact]
        public void AcceptedResultsWriteNothingButAnEventIsSavedAtOnce()
        {
            Process run = Process.Start(_path);
            run.Reserve();
            int writes = run.Keys.Writes;

            run.Session.RestoreReceived(5);
            run.Store.NoteReceived(run.Session);
            Assert.Equal(writes, run.Keys.Writes);

            run.Session.RestoreReceived(6);
            run.Store.SaveCounters(run.Session);
            Assert.Equal(writes + 1, run.Keys.Writes);
            Assert.Equal(6, new KeyStore(_path).Load().Devices.Single().ReceivedHighest);
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

        private long DiskNextCounter() => new KeyStore(_path).Load().Devices.Single().NextCounter;

        /// <summary>What one okf process holds: its own key store, its loaded entry, a session and the session store.</summary>
        private sealed class Process
        {
            private Process(KeyStore keys, OwnerSession session, KeyFileSessionStore store)
            {
                Keys = keys;
                Session = session;
                Store = store;
            }

            public KeyStore Keys { get; }

            public OwnerSession Session { get; }

            public KeyFileSessionStore Store { get; }

            public static Process Start(string path)
            {
                var keys = new KeyStore(path);
                PairedDevice entry = keys.Load().Devices.Single();
                var session = new OwnerSession(new NativeCryptoBackend(), OwnerTool.Core.Hex.TryDecode(entry.DeviceId, 8), (byte)entry.KeyId,
                    OwnerTool.Core.Hex.TryDecode(entry.MasterKey, 32), entry.NextCounter);
                session.RestoreReceived(entry.ReceivedHighest);
                return new Process(keys, session, new KeyFileSessionStore(keys, entry));
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
