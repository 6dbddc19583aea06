// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using OwnerTool.Cli;
using OwnerTool.Core;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>Doorbell ring and motion events in words, from the layout in docs/DEVICES.md §3.3.</summary>
    public sealed class DoorbellEventFormattingTests
    {
        private const long At = 1800000000;

        [Fact]
        public void TheSpecRingVectorReadsAsSequenceChimeAndSuppressedPresses()
        {
            // doorbell.event.ring.data = 00000007 01 0005
            var e = new DeviceEvent(0x01, At, new byte[] { 0, 0, 0, 7, 1, 0, 5 }, 9);
            Assert.Equal("2027-01-15 08:00:00Z  ring #7, chime sounded, 5 more presses rate-limited", Formatting.Event(e, DeviceActions.Doorbell));
        }

        [Fact]
        public void ASilentRingWithNothingSuppressedSaysSoAndNoMore()
        {
            var e = new DeviceEvent(0x01, At, new byte[] { 0, 0, 1, 0, 0, 0, 0 }, 9);
            Assert.EndsWith("  ring #256, chime silent", Formatting.Event(e, DeviceActions.Doorbell));
        }

        [Fact]
        public void OneSuppressedPressIsSingular()
        {
            var e = new DeviceEvent(0x01, At, new byte[] { 0, 0, 0, 2, 1, 0, 1 }, 9);
            Assert.EndsWith("ring #2, chime sounded, 1 more press rate-limited", Formatting.Event(e, DeviceActions.Doorbell));
        }

        [Fact]
        public void MotionReadsAsSequenceAndSuppressedDetections()
        {
            var e = new DeviceEvent(0x02, At, new byte[] { 0x12, 0x34, 0x56, 0x78, 0, 0x01, 0x00 }, 9);
            Assert.EndsWith("  motion #305419896, 256 earlier detections suppressed", Formatting.Event(e, DeviceActions.Doorbell));
        }

        [Fact]
        public void ARingWithoutTrustedTimeSaysTheTimeIsUnknown()
        {
            var e = new DeviceEvent(0x01, 0, new byte[] { 0, 0, 0, 1, 1, 0, 0 }, 9);
            Assert.Equal("time unknown  ring #1, chime sounded", Formatting.Event(e, DeviceActions.Doorbell, At));
        }

        [Fact]
        public void ARingDeliveredLongAfterItHappenedShowsItsOriginalTimeAndHowLate()
        {
            var e = new DeviceEvent(0x01, At, new byte[] { 0, 0, 0, 3, 1, 0, 0 }, 9);
            Assert.Equal("2027-01-15 08:00:00Z  ring #3, chime sounded (delivered 5 min late)",
                Formatting.Event(e, DeviceActions.Doorbell, At + 300));
            Assert.EndsWith("(delivered 45 s late)", Formatting.Event(e, DeviceActions.Doorbell, At + 45));
        }

        [Fact]
        public void ARingDeliveredPromptlyHasNoLatenessNote()
        {
            var e = new DeviceEvent(0x01, At, new byte[] { 0, 0, 0, 3, 1, 0, 0 }, 9);
            Assert.EndsWith("ring #3, chime sounded", Formatting.Event(e, DeviceActions.Doorbell, At + 5));
            Assert.EndsWith("ring #3, chime sounded", Formatting.Event(e, DeviceActions.Doorbell, At - 5));
        }

        [Fact]
        public void UnknownOrShortDoorbellEventsStayHex()
        {
            Assert.EndsWith("event 0x05  data 0102", Formatting.Event(new DeviceEvent(0x05, At, new byte[] { 1, 2 }, 9), DeviceActions.Doorbell));
            Assert.EndsWith("event 0x01  data 000001", Formatting.Event(new DeviceEvent(0x01, At, new byte[] { 0, 0, 1 }, 9), DeviceActions.Doorbell));
        }

        [Fact]
        public void AGarageEventWithCodeOneIsStillADoorStateNotARing()
        {
            var e = new DeviceEvent(0x01, At, new byte[] { 3, 0, 0, 4, 0, 0, 0, 0, 0 }, 9);
            Assert.EndsWith("door open, last moved by manual", Formatting.Event(e, DeviceActions.Garage));
        }
    }
}
