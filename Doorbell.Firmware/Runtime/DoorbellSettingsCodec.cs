// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;

namespace Doorbell.Firmware.Runtime
{
    /// <summary>
    /// The doorbell settings as bytes, for the Settings action and the settings record on flash: minimum press ms
    /// (2), debounce ms (2), ring burst (1), ring refill ms (4), chime on (1), chime pattern (1), camera pulse ms
    /// (2), motion on (1), motion interval ms (4), camera on motion (1); big-endian. The controller clamps.
    /// </summary>
    public static class DoorbellSettingsCodec
    {
        /// <summary>Encoded size.</summary>
        public const int Size = 19;

        /// <summary>Name of the settings record.</summary>
        public const string RecordName = "doorbell.settings";

        /// <summary>Writes the settings.</summary>
        /// <param name="settings">The settings.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns><see cref="Size"/>.</returns>
        public static int Encode(DoorbellSettings settings, byte[] output, int offset)
        {
            WriteUInt16(output, offset, settings.MinPressMs);
            WriteUInt16(output, offset + 2, settings.DebounceMs);
            output[offset + 4] = (byte)(settings.RingBurst < 0 ? 0 : (settings.RingBurst > 255 ? 255 : settings.RingBurst));
            WriteInt32(output, offset + 5, settings.RingRefillMs);
            output[offset + 9] = (byte)(settings.ChimeEnabled ? 1 : 0);
            output[offset + 10] = (byte)(settings.ChimePatternIndex < 0 ? 255 : (settings.ChimePatternIndex > 255 ? 255 : settings.ChimePatternIndex));
            WriteUInt16(output, offset + 11, settings.CameraPulseMs);
            output[offset + 13] = (byte)(settings.MotionEnabled ? 1 : 0);
            WriteInt32(output, offset + 14, settings.MotionIntervalMs);
            output[offset + 18] = (byte)(settings.CameraOnMotion ? 1 : 0);
            return Size;
        }

        /// <summary>Reads settings; null when the length is wrong or a flag is neither 0 nor 1.</summary>
        /// <param name="input">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>The settings (unclamped) or null.</returns>
        public static DoorbellSettings TryDecode(byte[] input, int offset, int count)
        {
            if (input == null || count != Size || offset < 0 || offset + count > input.Length)
            {
                return null;
            }

            if (input[offset + 9] > 1 || input[offset + 13] > 1 || input[offset + 18] > 1)
            {
                return null;
            }

            DoorbellSettings s = new DoorbellSettings();
            s.MinPressMs = ReadUInt16(input, offset);
            s.DebounceMs = ReadUInt16(input, offset + 2);
            s.RingBurst = input[offset + 4];
            s.RingRefillMs = ReadInt32(input, offset + 5);
            s.ChimeEnabled = input[offset + 9] == 1;
            s.ChimePatternIndex = input[offset + 10];
            s.CameraPulseMs = ReadUInt16(input, offset + 11);
            s.MotionEnabled = input[offset + 13] == 1;
            s.MotionIntervalMs = ReadInt32(input, offset + 14);
            s.CameraOnMotion = input[offset + 18] == 1;
            return s;
        }

        private static void WriteUInt16(byte[] output, int offset, int value)
        {
            int v = value < 0 ? 0 : (value > 0xFFFF ? 0xFFFF : value);
            output[offset] = (byte)(v >> 8);
            output[offset + 1] = (byte)v;
        }

        private static void WriteInt32(byte[] output, int offset, int value)
        {
            int v = value < 0 ? 0 : value;
            output[offset] = (byte)(v >> 24);
            output[offset + 1] = (byte)(v >> 16);
            output[offset + 2] = (byte)(v >> 8);
            output[offset + 3] = (byte)v;
        }

        private static int ReadUInt16(byte[] input, int offset)
        {
            return (input[offset] << 8) | input[offset + 1];
        }

        // A top bit set reads as negative; the controller's clamp moves it to the lowest bound.
        private static int ReadInt32(byte[] input, int offset)
        {
            return (input[offset] << 24) | (input[offset + 1] << 16) | (input[offset + 2] << 8) | input[offset + 3];
        }
    }
}
