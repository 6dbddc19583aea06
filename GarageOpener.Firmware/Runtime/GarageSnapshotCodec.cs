// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using Shared.Crypto.Protocol;

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>
    /// Encodes a door snapshot for results and events: state (1), flags (1: bit 0 obstructed, bit 1 locked,
    /// bit 2 unattended close suspended, bit 3 warning active), fault reason (1), cause kind (1), cause id (4,
    /// big-endian), commanded direction (1).
    /// </summary>
    public static class GarageSnapshotCodec
    {
        /// <summary>Encoded size.</summary>
        public const int Size = 9;

        /// <summary>Flag: obstruction input active.</summary>
        public const byte FlagObstructed = 0x01;

        /// <summary>Flag: vacation lockout.</summary>
        public const byte FlagLocked = 0x02;

        /// <summary>Flag: unattended closing suspended after obstructions.</summary>
        public const byte FlagCloseSuspended = 0x04;

        /// <summary>Flag: warning light and buzzer running.</summary>
        public const byte FlagWarning = 0x08;

        /// <summary>Writes the snapshot.</summary>
        /// <param name="snapshot">The snapshot.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns><see cref="Size"/>.</returns>
        public static int Encode(GarageSnapshot snapshot, byte[] output, int offset)
        {
            byte flags = 0;
            flags |= snapshot.Obstructed ? FlagObstructed : (byte)0;
            flags |= snapshot.Locked ? FlagLocked : (byte)0;
            flags |= snapshot.UnattendedCloseSuspended ? FlagCloseSuspended : (byte)0;
            flags |= snapshot.WarningActive ? FlagWarning : (byte)0;
            output[offset] = (byte)snapshot.State;
            output[offset + 1] = flags;
            output[offset + 2] = snapshot.FaultReason;
            output[offset + 3] = (byte)snapshot.LastCause;
            BigEndian.WriteUInt32(output, offset + 4, (uint)snapshot.LastCauseId);
            output[offset + 8] = (byte)snapshot.Commanded;
            return Size;
        }
    }
}
