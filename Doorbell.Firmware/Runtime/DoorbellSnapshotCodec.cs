// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Shared.Crypto.Protocol;

namespace Doorbell.Firmware.Runtime
{
    /// <summary>
    /// Encodes a doorbell snapshot for results: flags (1: bit 0 online, 1 muted, 2 do-not-disturb, 3 chime
    /// enabled, 4 strike fitted, 5 strike unlocked, 6 motion fitted), mute remaining s (2), strike remaining
    /// ms (2), last ring sequence (4), suppressed presses (2), queued events (1), dropped events (2); big-endian.
    /// </summary>
    public static class DoorbellSnapshotCodec
    {
        /// <summary>Encoded size.</summary>
        public const int Size = 14;

        /// <summary>The flags byte (also the audit state byte).</summary>
        /// <param name="s">The snapshot.</param>
        /// <returns>The flags.</returns>
        public static byte Flags(DoorbellSnapshot s)
        {
            int flags = (s.Online ? 0x01 : 0) | (s.Muted ? 0x02 : 0) | (s.DoNotDisturb ? 0x04 : 0) | (s.ChimeEnabled ? 0x08 : 0)
                | (s.StrikeFitted ? 0x10 : 0) | (s.StrikeUnlocked ? 0x20 : 0) | (s.MotionFitted ? 0x40 : 0);
            return (byte)flags;
        }

        /// <summary>Writes the snapshot.</summary>
        /// <param name="s">The snapshot.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns><see cref="Size"/>.</returns>
        public static int Encode(DoorbellSnapshot s, byte[] output, int offset)
        {
            output[offset] = Flags(s);
            WriteUInt16(output, offset + 1, s.MuteRemainingMs / 1000);
            WriteUInt16(output, offset + 3, s.StrikeRemainingMs);
            BigEndian.WriteUInt32(output, offset + 5, (uint)s.LastSequence);
            WriteUInt16(output, offset + 9, s.SuppressedPresses);
            output[offset + 11] = (byte)(s.QueuedEvents > 255 ? 255 : s.QueuedEvents);
            WriteUInt16(output, offset + 12, s.DroppedEvents);
            return Size;
        }

        private static void WriteUInt16(byte[] output, int offset, long value)
        {
            long v = value < 0 ? 0 : (value > 0xFFFF ? 0xFFFF : value);
            output[offset] = (byte)(v >> 8);
            output[offset + 1] = (byte)v;
        }
    }
}
