// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using OwnerTool.Cli;
using OwnerTool.Core;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>Result data in words, from the snapshot layouts of GarageSnapshotCodec and DoorbellSnapshotCodec.</summary>
    public sealed class FormattingTests
    {
        [Fact]
        public void AGarageSnapshotReadsAsStateFlagsFaultAndCause()
        {
            byte[] snapshot = { 6, 0x01 | 0x04, 0x51, 2, 0x12, 0x34, 0x56, 0x78, 0 };
            Assert.Equal("fault, obstructed, unattended close suspended, fault: door did not reach the other limit in time, last moved by guest 12345678",
                Formatting.Data(DeviceActions.Garage, snapshot));
        }

        [Fact]
        public void AGuestPassIdWithTheTopBitSetIsShownUnsigned()
        {
            byte[] snapshot = { 6, 0, 0, 2, 0xF0, 0x00, 0x00, 0x01, 0 };
            Assert.EndsWith("last moved by guest f0000001", Formatting.Data(DeviceActions.Garage, snapshot));
        }

        [Fact]
        public void ADoorbellSnapshotReadsAsMuteStrikeAndCounters()
        {
            byte[] snapshot = { 0x01 | 0x02 | 0x08 | 0x10 | 0x20, 0x00, 0x3C, 0x0B, 0xB8, 0, 0, 0, 7, 0, 2, 1, 0, 0 };
            Assert.Equal("chime on, muted 60 s more, strike unlocked 3000 ms more, last ring #7, 2 presses rate-limited, 1 events queued",
                Formatting.Data(DeviceActions.Doorbell, snapshot));
        }

        [Fact]
        public void UnknownDataStaysHex()
        {
            Assert.Equal("data 0102", Formatting.Data(DeviceActions.Doorbell, new byte[] { 1, 2 }));
            Assert.Equal(string.Empty, Formatting.Data(DeviceActions.Garage, new byte[0]));
        }
    }
}
