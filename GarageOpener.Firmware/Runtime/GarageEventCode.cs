// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>Event codes of the garage opener's sealed events (data: the snapshot, then the cause).</summary>
    public static class GarageEventCode
    {
        /// <summary>The door state changed. Data: snapshot (<see cref="GarageSnapshotCodec.Size"/> bytes).</summary>
        public const byte StateChanged = 0x01;
    }
}
