// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>
    /// How one okf process folds its change of a device entry into the key file another process may have changed
    /// since it was loaded (see docs/OWNER-TOOL.md, "Sharing one key file"). The rule:
    /// <list type="bullet">
    /// <item>An entry is the same pairing when device id, key id and pairing time all match; a process only ever
    /// changes that entry, never adds it back (removed or replaced by another process: it stays gone).</item>
    /// <item>Counters never go backwards: NextCounter and ReceivedHighest become the maximum of disk and memory.</item>
    /// <item>Everything else in the file (other devices, entries paired meanwhile) is kept as it is on disk.</item>
    /// </list>
    /// </summary>
    public static class KeyFileMerge
    {
        /// <summary>Finds the entry of the same pairing as <paramref name="mine"/>.</summary>
        /// <param name="file">The key file as it is on disk now.</param>
        /// <param name="mine">The entry this process loaded.</param>
        /// <returns>The entry, or null when that pairing is no longer in the file.</returns>
        public static PairedDevice FindSamePairing(OwnerKeyFile file, PairedDevice mine)
        {
            foreach (PairedDevice device in file.Devices)
            {
                if (device.DeviceId == mine.DeviceId && device.KeyId == mine.KeyId && device.PairedAt == mine.PairedAt)
                {
                    return device;
                }
            }

            return null;
        }

        /// <summary>Raises the entry's counters to at least the given values (never lowers them).</summary>
        /// <param name="entry">Entry on disk.</param>
        /// <param name="nextCounter">A next command counter this process holds.</param>
        /// <param name="receivedHighest">A received-highest device counter this process holds.</param>
        /// <returns>True when a value changed.</returns>
        public static bool RaiseCounters(PairedDevice entry, long nextCounter, long receivedHighest)
        {
            bool changed = false;
            if (nextCounter > entry.NextCounter)
            {
                entry.NextCounter = nextCounter;
                changed = true;
            }

            if (receivedHighest > entry.ReceivedHighest)
            {
                entry.ReceivedHighest = receivedHighest;
                changed = true;
            }

            return changed;
        }

        /// <summary>Makes the in-memory entry equal to the merged one on disk, so later uses start from it.</summary>
        /// <param name="mine">In-memory entry.</param>
        /// <param name="merged">Entry as written.</param>
        public static void Adopt(PairedDevice mine, PairedDevice merged)
        {
            if (mine == null || merged == null)
            {
                throw new ArgumentNullException(mine == null ? nameof(mine) : nameof(merged));
            }

            mine.Name = merged.Name;
            mine.Kind = merged.Kind;
            mine.DevicePublicKey = merged.DevicePublicKey;
            mine.Role = merged.Role;
            mine.MasterKey = merged.MasterKey;
            mine.PendingMasterKey = merged.PendingMasterKey;
            mine.NextCounter = merged.NextCounter;
            mine.ReceivedHighest = merged.ReceivedHighest;
            mine.PassEpoch = merged.PassEpoch;
            mine.AuditHeadSequence = merged.AuditHeadSequence;
            mine.AuditHeadHash = merged.AuditHeadHash;
            mine.IssuedPasses = merged.IssuedPasses;
            mine.Passes = merged.Passes;
            mine.KeyNames = merged.KeyNames;
            mine.PendingInviteName = merged.PendingInviteName;
            mine.PendingInviteKnownKeys = merged.PendingInviteKnownKeys;
        }
    }
}
