// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.TestFramework;
using Shared.Crypto.Audit;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace NFUnitTest
{
    /// <summary>
    /// The protocol guards of issue #10 on the device runtime: trusted time bounds, the MAC budget that a flood on
    /// one key id cannot use to starve that owner, dead passes, guest counters, the audit budget and saturation.
    /// </summary>
    [TestClass]
    public class GuardLogicTests
    {
        private const long Utc = 1800000000;

        [TestMethod]
        public void Trusted_time_refuses_out_of_range_values_and_takes_zero_as_no_clock()
        {
            TrustedClock clock = new TrustedClock();
            Assert.AreEqual((int)ReasonCode.BadTime, (int)clock.Observe(ProtocolConstants.MaxOwnerUtcSeconds + 1, 0));
            Assert.AreEqual((int)ReasonCode.BadTime, (int)clock.Observe(-5, 0));
            Assert.AreEqual((int)ReasonCode.Done, (int)clock.Observe(0, 0));
            Assert.IsFalse(clock.IsKnown);
            Assert.AreEqual((int)ReasonCode.Done, (int)clock.Observe(Utc, 0));
            Assert.IsTrue(clock.IsKnown);
        }

        [TestMethod]
        public void Trusted_time_steps_back_at_most_one_window_however_often_it_is_told()
        {
            TrustedClock clock = new TrustedClock();
            clock.Observe(Utc, 0);
            for (int i = 0; i < 4; i++)
            {
                clock.Observe(Utc - 100000, 1000);
            }

            long utc;
            Assert.IsTrue(clock.TryGetUtc(1000, out utc));
            Assert.AreEqual(Utc + 1 - (ProtocolConstants.FreshnessWindowMs / 1000), utc);
        }

        [TestMethod]
        public void Trusted_time_lower_bound_advances_with_uptime_and_is_persisted_rarely()
        {
            TrustedClock clock = new TrustedClock();
            Assert.IsTrue(clock.LoadLowerBound(Utc, 5000));
            long utc;
            Assert.IsTrue(clock.TryGetUtc(15000, out utc));
            Assert.AreEqual(Utc + 10, utc);
            Assert.IsFalse(clock.IsPersistDue(15000, out utc));

            clock.Observe(Utc + 20, 15000);
            Assert.IsTrue(clock.IsPersistDue(15000, out utc));
            clock.MarkPersisted(utc);
            clock.Observe(Utc + 30, 25000);
            Assert.IsFalse(clock.IsPersistDue(25000, out utc));
            Assert.IsTrue(clock.IsPersistDue(15000 + (ProtocolConstants.TimeFloorPersistIntervalSeconds * 1000), out utc));
        }

        [TestMethod]
        public void Mac_budget_lets_a_flooded_key_borrow_down_to_the_reserve_only()
        {
            MacBudget budget = new MacBudget(0);
            int granted = 0;
            for (int i = 0; i < 100; i++)
            {
                granted += budget.TryTake(2, 0) ? 1 : 0;
            }

            Assert.AreEqual(ProtocolConstants.GlobalBucketCapacity - ProtocolConstants.GlobalBucketReserve, granted);
            Assert.IsTrue(budget.TryTake(3, 0));
            Assert.IsTrue(budget.TryTake(MacBudget.GuestBucket, 0));
        }

        [TestMethod]
        public void Mac_budget_serves_every_message_of_a_key_flooded_below_the_global_rate()
        {
            MacBudget budget = new MacBudget(0);
            long now = 0;
            for (int i = 0; i < 600; i++)
            {
                Assert.IsTrue(budget.TryTake(5, now), "message " + i);
                now += 33;
            }
        }

        [TestMethod]
        public void Guests_never_borrow_from_the_global_budget()
        {
            MacBudget budget = new MacBudget(0);
            int granted = 0;
            for (int i = 0; i < 20; i++)
            {
                granted += budget.TryTake(MacBudget.GuestBucket, 0) ? 1 : 0;
            }

            Assert.AreEqual(ProtocolConstants.KeyBucketCapacity, granted);
        }

        [TestMethod]
        public void Dead_pass_list_counts_repeats_and_forgets_the_oldest()
        {
            DeadPassList dead = new DeadPassList();
            Assert.IsTrue(DeadPassList.IsFinal((byte)ReasonCode.PassUsedUp));
            Assert.IsFalse(DeadPassList.IsFinal((byte)ReasonCode.PassNotYetValid));
            dead.Add(1, 77, (byte)ReasonCode.PassExpired);
            Assert.AreEqual((int)ReasonCode.PassExpired, (int)dead.CountRepeat(1, 77));
            Assert.AreEqual((int)ReasonCode.Done, (int)dead.CountRepeat(1, 78));
            Assert.AreEqual(1, dead.RepeatsOf(1, 77));
            for (uint i = 0; i < ProtocolConstants.MaxDeadPasses; i++)
            {
                dead.Add(2, i, (byte)ReasonCode.PassRevoked);
            }

            Assert.AreEqual((int)ReasonCode.Done, (int)dead.CountRepeat(1, 77));
        }

        [TestMethod]
        public void Pass_book_records_a_refused_command_counter_without_a_use_or_a_write()
        {
            PassBook book = new PassBook();
            GuestPass pass = new GuestPass();
            pass.PassId = 9;
            pass.MaxUses = 1;
            pass.NotBefore = Utc - 10;
            pass.NotAfter = Utc + 10;
            Assert.IsTrue(book.RecordCounter(1, pass, 5, Utc));
            Assert.AreEqual((int)ReasonCode.Replayed, (int)book.CheckCounter(1, 9, 5));
            Assert.AreEqual(0, book.UsesOf(1, 9));
            Assert.IsFalse(book.IsDirty);
            book.RecordUse(1, pass, 6, Utc);
            Assert.AreEqual(1, book.UsesOf(1, 9));
            Assert.IsTrue(book.IsDirty);
        }

        [TestMethod]
        public void Audit_budget_suppresses_over_the_burst_and_counts_what_it_dropped()
        {
            AuditBudget budget = new AuditBudget(0);
            int admitted = 0;
            for (int i = 0; i < 20; i++)
            {
                admitted += budget.TryAdmit(AuditBudget.OwnerActor(3), 0) ? 1 : 0;
            }

            Assert.AreEqual(ProtocolConstants.AuditBucketCapacity, admitted);
            Assert.AreEqual(20 - ProtocolConstants.AuditBucketCapacity, budget.TakeSuppressed(AuditBudget.OwnerActor(3)));
            Assert.AreEqual(0, budget.TakeSuppressed(AuditBudget.OwnerActor(3)));
            Assert.IsTrue(budget.TryAdmit(AuditBudget.GuestActor(3), 0));
            Assert.IsTrue(budget.TryAdmit(-1, 0));
        }

        [TestMethod]
        public void Audit_append_saturates_a_time_its_field_cannot_hold()
        {
            AuditChain chain = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit", 4, 4, 0);
            long sequence = chain.Append(0, 1L << 32, ActorKind.Owner, 1, 0x20, 0, 0);
            AuditEntry entry = new AuditEntry();
            Assert.IsTrue(chain.TryGetEntry(sequence, entry));
            Assert.AreEqual(0xFFFFFFFFL, entry.UtcSeconds);
            Assert.IsTrue(chain.Verify());
        }
    }
}
