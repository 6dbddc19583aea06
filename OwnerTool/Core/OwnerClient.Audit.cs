// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Audit read-out: paged ReadAudit commands, each page verified and linked, the head pinned.</summary>
    public sealed partial class OwnerClient
    {
        private const int MaxAuditPages = 4096;

        /// <summary>Reads and verifies the device's audit chain (admin).</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The verified entries.</returns>
        /// <exception cref="OwnerToolException">VerificationFailed when a page does not verify, link or match the pinned head.</exception>
        public AuditReport ReadAudit(string device, CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);
            var report = new AuditReport();
            byte[] pinned = Hex.TryDecode(entry.AuditHeadHash, AuditPageHash);
            byte[] linkHash = null;
            byte[] hash = new byte[AuditPageHash];
            long from = 1;
            using (DeviceChannel channel = OpenChannel(file, entry))
            {
                for (int pages = 0; pages < MaxAuditPages; pages++)
                {
                    byte[] args = new byte[ProtocolConstants.CounterSize];
                    BigEndian.WriteInt64(args, 0, from);
                    CommandResult result = EnsureDone(channel.Execute((byte)ProtocolAction.ReadAudit, args, cancel));
                    var page = new AuditPage();
                    if (!AuditPage.TryParse(result.Data, 0, result.Data.Length, page) || !page.Verify())
                    {
                        throw Broken(entry, "a page starting at " + from + " is malformed or does not hash to the device's head");
                    }

                    if (linkHash != null)
                    {
                        page.CopyPreviousHash(hash, 0);
                        if (page.FirstSequence != from || !hash.AsSpan().SequenceEqual(linkHash))
                        {
                            throw Broken(entry, "page " + page.FirstSequence + " does not link to the page before it (entries lost or rewritten while reading; read again)");
                        }
                    }

                    long last = page.FirstSequence + page.Count - 1;
                    CheckPinned(entry, page, pinned, last, report);
                    for (int i = 0; i < page.Count; i++)
                    {
                        var item = new AuditEntry();
                        page.TryGetEntry(i, item);
                        report.Entries.Add(item);
                    }

                    linkHash = new byte[AuditPageHash];
                    page.TryGetHashAfter(last, linkHash);
                    report.HeadSequence = page.HeadSequence;
                    if (page.Count == 0 || last >= page.HeadSequence)
                    {
                        break;
                    }

                    from = last + 1;
                }
            }

            if (linkHash != null && report.Entries.Count > 0)
            {
                long sequence = report.Entries[report.Entries.Count - 1].Sequence;
                string hashText = Hex.Encode(linkHash);
                new KeyFileSessionStore(Store, entry).UpdateEntry(null, disk =>
                {
                    // Another okf may have pinned a newer head meanwhile: the pin only moves forward.
                    if (sequence < disk.AuditHeadSequence)
                    {
                        return false;
                    }

                    disk.AuditHeadSequence = sequence;
                    disk.AuditHeadHash = hashText;
                    return true;
                });
            }

            return report;
        }

        private const int AuditPageHash = 32;

        private static void CheckPinned(PairedDevice entry, AuditPage page, byte[] pinned, long last, AuditReport report)
        {
            if (pinned == null || entry.AuditHeadSequence <= 0)
            {
                return;
            }

            if (page.HeadSequence < entry.AuditHeadSequence)
            {
                throw Broken(entry, "the device's head " + page.HeadSequence + " is below entry " + entry.AuditHeadSequence
                    + " verified earlier (chain rolled back, or the device was factory reset)");
            }

            if (entry.AuditHeadSequence >= page.FirstSequence - 1 && entry.AuditHeadSequence <= last)
            {
                byte[] hash = new byte[AuditPageHash];
                if (!page.TryGetHashAfter(entry.AuditHeadSequence, hash) || !hash.AsSpan().SequenceEqual(pinned))
                {
                    throw Broken(entry, "entries up to " + entry.AuditHeadSequence + " changed since they were verified");
                }

                report.PinnedHeadChecked = true;
            }
        }

        private static OwnerToolException Broken(PairedDevice entry, string what) =>
            new OwnerToolException(ExitCode.VerificationFailed, "audit chain of " + entry.Name + " failed verification: " + what + ".");
    }
}
