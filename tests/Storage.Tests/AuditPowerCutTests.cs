// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Audit;
using Shared.Crypto.Storage;
using Xunit;
using NFUnitTest;

namespace Storage.Tests
{
    /// <summary>
    /// A power cut at every byte of an audit flush: after the reboot the chain is the one persisted before
    /// or the one being flushed, always intact; only the unflushed tail is lost.
    /// </summary>
    public sealed class AuditPowerCutTests
    {
        private static AuditChain Chain(IStorageMedium medium)
        {
            return new AuditChain(new RecordStore(medium), "audit", 6, 100, 1000);
        }

        private static void Append(AuditChain chain, int count, int start)
        {
            for (int i = 0; i < count; i++)
            {
                chain.Append(start + i, 0, ActorKind.Owner, 2, 1, 0, (byte)(start + i));
            }
        }

        [Theory]
        [InlineData(CutMode.Prefix)]
        [InlineData(CutMode.PrefixOverOldTail)]
        [InlineData(CutMode.Dropped)]
        public void ACutAtEveryByteOfAFlushLeavesTheOldOrTheNewChainIntact(CutMode mode)
        {
            int recordLength = 72 + (6 * 24) + 32;
            for (int cut = 0; cut <= recordLength; cut++)
            {
                FaultInjectingMedium medium = new FaultInjectingMedium();
                AuditChain chain = Chain(medium);
                Append(chain, 4, 0);
                chain.Flush();
                Append(chain, 1, 4);
                chain.Flush();
                Append(chain, 3, 5);
                medium.ArmCut(0, cut, mode);
                Assert.Throws<PowerLossException>(() => chain.Flush());
                medium.Reboot();

                AuditChain rebooted = Chain(medium);
                Assert.Equal(AuditLoadResult.Loaded, rebooted.Load());
                Assert.True(rebooted.Verify());
                Assert.True(rebooted.LastSequence == 5 || rebooted.LastSequence == 8, "last " + rebooted.LastSequence);
                if (cut < recordLength - 1 || mode == CutMode.Dropped)
                {
                    Assert.Equal(5, rebooted.LastSequence);
                }
            }
        }

        [Fact]
        public void APowerCutLosesOnlyTheUnflushedTail()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            AuditChain chain = new AuditChain(new RecordStore(medium), "audit", 64, 4, 60000);
            Append(chain, 10, 0);
            AuditChain rebooted = new AuditChain(new RecordStore(medium), "audit", 64, 4, 60000);
            Assert.Equal(AuditLoadResult.Loaded, rebooted.Load());
            Assert.Equal(8, rebooted.LastSequence);
            Assert.True(rebooted.Verify());
        }
    }
}
