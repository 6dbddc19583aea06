// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>
    /// Persists one device entry's changes into the key file. Every save is a locked read-modify-write of the file as
    /// it is on disk (<see cref="KeyStore.Update"/>) following <see cref="KeyFileMerge"/>, so another okf process
    /// sharing the file never sees a counter go backwards; the in-memory entry then adopts the merged values.
    /// Command counters are reserved in blocks, as the device reserves its own (Shared.Crypto CounterReservation):
    /// one write puts NextCounter past a whole block before its first counter is used, so a crash skips the rest
    /// of the block and never reuses a counter, and commands cost no write until the block is spent.
    /// </summary>
    public sealed class KeyFileSessionStore : ISessionStore
    {
        /// <summary>Counters reserved per key-file write.</summary>
        public const int DefaultBlockSize = 32;

        /// <summary>
        /// How far this process's next counter may trail the reservations of other processes sharing the key file
        /// before it takes a new block: the device accepts a counter at most 95 below the highest it saw (its replay
        /// window), so an old block of a long-running process must not fall further behind than that.
        /// </summary>
        public const int MaxLagBehindOthers = 64;

        private readonly KeyStore _store;
        private readonly PairedDevice _device;
        private readonly int _blockSize;
        private long _blockNext;
        private long _blockEnd;

        /// <summary>Creates the store with the default block size.</summary>
        /// <param name="store">Key file location.</param>
        /// <param name="device">The device entry this process loaded (updated in place after every save).</param>
        public KeyFileSessionStore(KeyStore store, PairedDevice device)
            : this(store, device, DefaultBlockSize)
        {
        }

        /// <summary>Creates the store.</summary>
        /// <param name="store">Key file location.</param>
        /// <param name="device">The device entry this process loaded (updated in place after every save).</param>
        /// <param name="blockSize">Counters reserved per write (1 to <see cref="MaxLagBehindOthers"/>).</param>
        public KeyFileSessionStore(KeyStore store, PairedDevice device, int blockSize)
        {
            if (blockSize < 1 || blockSize > MaxLagBehindOthers)
            {
                throw new ArgumentOutOfRangeException(nameof(blockSize), "1-" + MaxLagBehindOthers);
            }

            _store = store;
            _device = device;
            _blockSize = blockSize;
        }

        /// <summary>Gets the counters reserved per key-file write.</summary>
        public int BlockSize => _blockSize;

        /// <inheritdoc />
        public long ReserveCounter(OwnerSession session)
        {
            long wanted = Math.Max(_blockNext, session.NextCounter);
            if (wanted < _blockEnd && !FallenBehind(wanted))
            {
                // Already on disk: NextCounter there is at least _blockEnd.
                _blockNext = wanted + 1;
                return wanted;
            }

            long reserved = 0;
            long end = 0;
            bool found = UpdateEntry(session, disk =>
            {
                // The highest counter any process holds is the first unused one: take a block from it on.
                reserved = Math.Max(disk.NextCounter, session.NextCounter);
                end = reserved > ProtocolConstants.MaxCounter - _blockSize ? ProtocolConstants.MaxCounter : reserved + _blockSize;
                disk.NextCounter = end;
                return true;
            });
            if (!found)
            {
                throw Gone();
            }

            _blockNext = reserved + 1;
            _blockEnd = end;
            return reserved;
        }

        /// <inheritdoc />
        public void SaveCounters(OwnerSession session)
        {
            UpdateEntry(session, null);
        }

        /// <inheritdoc />
        public void NoteReceived(OwnerSession session)
        {
            // A result answers exactly one counter that is never used again, so replaying an old one can never pass
            // for a new answer: its device counter need not be on disk at once. It is folded into the next write
            // (the next block, or an event); events are saved when they arrive (SaveCounters).
        }

        // Reads the file (no lock, no write: saves are atomic renames) to see whether other processes sharing it
        // have reserved so far past this block that the device would take our counter for a replay.
        private bool FallenBehind(long counter)
        {
            PairedDevice disk = KeyFileMerge.FindSamePairing(_store.Load(), _device);
            if (disk == null)
            {
                throw Gone();
            }

            return disk.NextCounter - counter > MaxLagBehindOthers;
        }

        /// <inheritdoc />
        public void PromotePending()
        {
            string promoted = _device.PendingMasterKey;
            string old = _device.MasterKey;
            if (promoted == null)
            {
                return;
            }

            UpdateEntry(null, disk =>
            {
                // Only settle the rotation this process knows of; a newer key written by another process wins.
                if (disk.PendingMasterKey != promoted && disk.MasterKey != old)
                {
                    return false;
                }

                disk.MasterKey = promoted;
                disk.PendingMasterKey = null;
                return true;
            });
        }

        /// <inheritdoc />
        public void DropPending()
        {
            string dropped = _device.PendingMasterKey;
            if (dropped == null)
            {
                return;
            }

            UpdateEntry(null, disk =>
            {
                if (disk.PendingMasterKey != dropped)
                {
                    return false;
                }

                disk.PendingMasterKey = null;
                return true;
            });
        }

        /// <summary>
        /// Changes this device's entry in the key file as it is now (under the lock), raising its counters to at least
        /// the session's and the in-memory entry's, then adopts the result into the in-memory entry.
        /// </summary>
        /// <param name="session">Session whose counters to fold in, or null.</param>
        /// <param name="change">Further edit of the entry on disk (returns whether it changed anything), or null. May throw.</param>
        /// <returns>False when the entry is no longer in the key file (nothing written; it is not added back).</returns>
        public bool UpdateEntry(OwnerSession session, Func<PairedDevice, bool> change)
        {
            PairedDevice merged = null;
            _store.Update(file =>
            {
                merged = KeyFileMerge.FindSamePairing(file, _device);
                if (merged == null)
                {
                    return false;
                }

                bool changed = KeyFileMerge.RaiseCounters(merged, _device.NextCounter, _device.ReceivedHighest);
                if (session != null)
                {
                    changed |= KeyFileMerge.RaiseCounters(merged, session.NextCounter, session.ReceivedHighest);
                }

                if (change != null)
                {
                    changed |= change(merged);
                }

                return changed;
            });
            if (merged == null)
            {
                return false;
            }

            KeyFileMerge.Adopt(_device, merged);
            return true;
        }

        private OwnerToolException Gone() => new OwnerToolException(ExitCode.NotPaired, "'" + _device.Name
            + "' is no longer in key file " + _store.Path + " (another okf replaced it meanwhile); nothing was sent.");
    }
}
