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
    /// </summary>
    public sealed class KeyFileSessionStore : ISessionStore
    {
        private readonly KeyStore _store;
        private readonly PairedDevice _device;

        /// <summary>Creates the store.</summary>
        /// <param name="store">Key file location.</param>
        /// <param name="device">The device entry this process loaded (updated in place after every save).</param>
        public KeyFileSessionStore(KeyStore store, PairedDevice device)
        {
            _store = store;
            _device = device;
        }

        /// <inheritdoc />
        public long ReserveCounter(OwnerSession session)
        {
            long reserved = 0;
            bool found = UpdateEntry(session, disk =>
            {
                // The highest counter any process holds is the first unused one: take it, and store the next.
                reserved = Math.Max(disk.NextCounter, session.NextCounter);
                disk.NextCounter = reserved + 1;
                return true;
            });
            if (!found)
            {
                throw Gone();
            }

            return reserved;
        }

        /// <inheritdoc />
        public void SaveCounters(OwnerSession session)
        {
            UpdateEntry(session, null);
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
