// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>
    /// The garage settings as bytes, for the Settings action's arguments and for the settings record on flash:
    /// pulse ms (2), minimum gap ms (2), warning ms (2), departure timeout ms (2), travel margin ms (2),
    /// auto-close minutes (1), opener kind (1); big-endian. The controller still validates and clamps.
    /// </summary>
    public static class GarageSettingsCodec
    {
        /// <summary>Encoded size.</summary>
        public const int Size = GarageAction.SettingsLength;

        /// <summary>Name of the settings record.</summary>
        public const string RecordName = "garage.settings";

        /// <summary>Writes the settings.</summary>
        /// <param name="settings">The settings.</param>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns><see cref="Size"/>.</returns>
        public static int Encode(GarageSettings settings, byte[] output, int offset)
        {
            WriteUInt16(output, offset, settings.PulseMs);
            WriteUInt16(output, offset + 2, settings.MinGapMs);
            WriteUInt16(output, offset + 4, settings.WarningMs);
            WriteUInt16(output, offset + 6, settings.DepartureTimeoutMs);
            WriteUInt16(output, offset + 8, settings.TravelMarginMs);
            output[offset + 10] = (byte)(settings.AutoCloseMinutes > 255 ? 255 : settings.AutoCloseMinutes);
            output[offset + 11] = (byte)settings.Opener;
            return Size;
        }

        /// <summary>Reads settings; null when the length is wrong.</summary>
        /// <param name="input">Bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>The settings (unvalidated) or null.</returns>
        public static GarageSettings TryDecode(byte[] input, int offset, int count)
        {
            if (input == null || count != Size || offset < 0 || offset + count > input.Length)
            {
                return null;
            }

            GarageSettings s = new GarageSettings();
            s.PulseMs = ReadUInt16(input, offset);
            s.MinGapMs = ReadUInt16(input, offset + 2);
            s.WarningMs = ReadUInt16(input, offset + 4);
            s.DepartureTimeoutMs = ReadUInt16(input, offset + 6);
            s.TravelMarginMs = ReadUInt16(input, offset + 8);
            s.AutoCloseMinutes = input[offset + 10];
            s.Opener = (OpenerKind)input[offset + 11];
            return s;
        }

        private static void WriteUInt16(byte[] output, int offset, int value)
        {
            int v = value < 0 ? 0 : (value > 0xFFFF ? 0xFFFF : value);
            output[offset] = (byte)(v >> 8);
            output[offset + 1] = (byte)v;
        }

        private static int ReadUInt16(byte[] input, int offset)
        {
            return (input[offset] << 8) | input[offset + 1];
        }
    }
}
