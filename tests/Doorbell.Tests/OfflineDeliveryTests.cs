// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Xunit;

namespace Doorbell.Tests
{
    public class OfflineDeliveryTests
    {
        private static DoorbellSettings Unlimited()
        {
            DoorbellSettings s = DoorbellSettings.Defaults();
            s.RingBurst = DoorbellSettings.RingBurstHigh;
            s.RingRefillMs = DoorbellSettings.RingRefillLowMs;
            return s;
        }

        [Fact]
        public void RingsWhileOfflineAreDeliveredOnReconnectOldestFirstWithTheirOriginalTimes()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), online: false);
            long[] times = new long[3];
            for (int i = 0; i < 3; i++)
            {
                rig.Button.Active = true;
                rig.Run(70);
                times[i] = rig.Now;
                rig.Button.Active = false;
                rig.Run(5000);
            }

            Assert.Empty(rig.Sink.Delivered);
            Assert.Equal(3, rig.Status().QueuedEvents);

            rig.Run(600000);
            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);

            Assert.Equal(3, rig.Sink.Delivered.Count);
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(i + 1, rig.Sink.Delivered[i].Sequence);
                Assert.Equal(times[i], rig.Sink.Delivered[i].MonotonicMs);
            }

            Assert.Equal(0, rig.Status().QueuedEvents);
        }

        [Fact]
        public void ALongOutageKeepsOnlyTheNewestEventsAndCountsTheDrops()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), queueCapacity: 4, online: false);
            for (int i = 0; i < 10; i++)
            {
                rig.Press(100);
                rig.Run(2000);
            }

            Assert.Equal(6, rig.Status().DroppedEvents);
            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.Equal(new[] { 7, 8, 9, 10 }, rig.Sink.Delivered.ConvertAll(e => e.Sequence).ToArray());
        }

        [Fact]
        public void ABacklogDrainsAFewEventsPerPollSoTheButtonKeepsBeingSampled()
        {
            DoorbellRig rig = new DoorbellRig(Unlimited(), online: false);
            for (int i = 0; i < 10; i++)
            {
                rig.Press(100);
                rig.Run(2000);
            }

            rig.Controller.SetOnline(true, rig.Now);
            rig.Run(10);
            Assert.Equal(DoorbellLimits.DeliveriesPerPoll, rig.Sink.Delivered.Count);
            rig.Run(30);
            Assert.Equal(10, rig.Sink.Delivered.Count);
        }

        [Fact]
        public void AFailedDeliveryKeepsTheEventAndRetriesAfterAPause()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Sink.Refuse = true;
            rig.Button.Active = true;
            rig.Run(70);
            rig.Button.Active = false;
            int attempts = rig.Sink.Attempts;
            Assert.Equal(1, attempts);
            Assert.Equal(1, rig.Status().QueuedEvents);

            rig.Run(DoorbellLimits.DeliveryRetryMs - 10);
            Assert.Equal(attempts, rig.Sink.Attempts);
            rig.Sink.Refuse = false;
            rig.Run(10);
            Assert.Single(rig.Sink.Delivered);
            Assert.Equal(1, rig.Status().FailedDeliveries);
        }

        [Fact]
        public void AThrowingSinkCountsAsAFailedDeliveryAndLosesNothing()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Sink.Throw = true;
            rig.Press(100);
            rig.Run(5000);
            Assert.Equal(1, rig.Status().QueuedEvents);
            rig.Sink.Throw = false;
            rig.Run(DoorbellLimits.DeliveryRetryMs);
            Assert.Equal(1, Assert.Single(rig.Sink.Delivered).Sequence);
        }

        [Fact]
        public void WithoutASinkEventsWaitInTheQueue()
        {
            DoorbellRig rig = new DoorbellRig();
            rig.Controller.AttachSink(null);
            rig.Press(100);
            Assert.Equal(1, rig.Status().QueuedEvents);
            rig.Controller.AttachSink(rig.Sink);
            rig.Run(10);
            Assert.Single(rig.Sink.Delivered);
        }
    }
}
