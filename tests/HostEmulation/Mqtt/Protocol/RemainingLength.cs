// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Protocol
{
    /// <summary>The variable length "remaining length" field of the fixed header (MQTT 3.1.1 section 2.2.3).</summary>
    public static class RemainingLength
    {
        /// <summary>Number of bytes the encoding of <paramref name="value"/> takes (1 to 4).</summary>
        public static int SizeOf(int value)
        {
            if (value < 0 || value > MqttSpec.MaxRemainingLength)
            {
                throw new System.ArgumentOutOfRangeException(nameof(value));
            }

            int size = 1;
            while (value > MqttSpec.RemainingLengthValueMask)
            {
                value >>= 7;
                size++;
            }

            return size;
        }

        /// <summary>Writes <paramref name="value"/> at <paramref name="offset"/>; returns the offset after it.</summary>
        public static int Encode(int value, byte[] buffer, int offset)
        {
            if (value < 0 || value > MqttSpec.MaxRemainingLength)
            {
                throw new System.ArgumentOutOfRangeException(nameof(value));
            }

            do
            {
                int digit = value & MqttSpec.RemainingLengthValueMask;
                value >>= 7;
                if (value > 0)
                {
                    digit |= MqttSpec.RemainingLengthContinuation;
                }

                buffer[offset++] = (byte)digit;
            }
            while (value > 0);

            return offset;
        }

        /// <summary>
        /// Decodes the field starting at <paramref name="offset"/> within <paramref name="count"/> bytes.
        /// A fifth continuation byte is Malformed; so is a non-minimal encoding (a trailing 0x00 after a
        /// continuation), which the spec does not allow and which would let one packet have two spellings.
        /// </summary>
        public static FrameStatus TryDecode(byte[] buffer, int offset, int count, out int value, out int size)
        {
            value = 0;
            size = 0;
            int multiplier = 1;
            for (int i = 0; i < MqttSpec.MaxRemainingLengthBytes; i++)
            {
                if (i >= count)
                {
                    return FrameStatus.Incomplete;
                }

                int digit = buffer[offset + i];
                if (i > 0 && digit == 0)
                {
                    return FrameStatus.Malformed;
                }

                value += (digit & MqttSpec.RemainingLengthValueMask) * multiplier;
                if ((digit & MqttSpec.RemainingLengthContinuation) == 0)
                {
                    size = i + 1;
                    return FrameStatus.Complete;
                }

                multiplier <<= 7;
            }

            value = 0;
            return FrameStatus.Malformed;
        }
    }
}
