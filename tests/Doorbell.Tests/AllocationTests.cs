// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Doorbell.Firmware.Controller;
using Doorbell.Tests.Fakes;
using Shared.Runtime.Platform;
using Xunit;

namespace Doorbell.Tests
{
    /// <summary>
    /// An ESP32 has ~100 KB of heap and a slow collector: the poll loop, rings, queueing and delivery must
    /// not allocate once running. Counted on .NET as a proxy for the device (same code, same allocations).
    /// </summary>
    public class AllocationTests
    {
        private sealed class QuietOutput : IDigitalOutput
        {
            public bool IsActive { get; private set; }

            public void Write(bool active)
            {
                IsActive = active;
            }
        }

        private sealed class CountingSink : IDoorbellEventSink
        {
            public int Count;

            public bool Deliver(RingEvent ringEvent)
            {
                Count++;
                return true;
            }
        }

        [Fact]
        public void PollingRingingQueueingAndDeliveringAllocateNothingOnceRunning()
        {
            FakeInput button = new FakeInput();
            DoorbellPorts ports = new DoorbellPorts
            {
                Button = button,
                SetupButton = new FakeInput(),
                Motion = new FakeInput(),
                ChimeRelay = new QuietOutput(),
                CameraTrigger = new QuietOutput(),
                StrikeRelay = new QuietOutput(),
                StatusLed = new QuietOutput(),
            };
            DoorbellSettings settings = DoorbellSettings.Defaults();
            settings.RingRefillMs = DoorbellSettings.RingRefillLowMs;
            DoorbellController controller = new DoorbellController(ports, settings, 16);
            CountingSink sink = new CountingSink();
            controller.AttachSink(sink);
            controller.SetOnline(true, 0);

            long now = 0;
            void Cycle()
            {
                // One press every 2 s, offline half of the time so the queue fills and drains.
                for (int i = 0; i < 200; i++)
                {
                    now += 10;
                    button.Active = i >= 10 && i < 30;
                    if (i == 100)
                    {
                        controller.SetOnline((now / 2000) % 4 != 0, now);
                    }

                    controller.Poll(now);
                }
            }

            for (int i = 0; i < 50; i++)
            {
                Cycle();
            }

            int before = sink.Count;
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 500; i++)
            {
                Cycle();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            Assert.True(sink.Count - before >= 300, "rings were delivered during the measurement");
            Assert.Equal(0, allocated);
        }
    }
}
