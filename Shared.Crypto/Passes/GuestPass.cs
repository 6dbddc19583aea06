// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace Shared.Crypto.Passes
{
    /// <summary>
    /// A guest pass body (27 bytes, big-endian): pass id 4, epoch 2, action mask 4, max uses 1, not-before 8,
    /// not-after 8 (UTC seconds). It travels in the clear in every guest command header; it is authenticated
    /// because the guest's keys derive from it and the issuing admin's pass key, which the broker never has.
    /// </summary>
    public sealed class GuestPass
    {
        /// <summary>Random pass id chosen by the issuing admin.</summary>
        public uint PassId;

        /// <summary>Pass epoch: the pass dies when the device's epoch moves past it.</summary>
        public ushort Epoch;

        /// <summary>Allowed device actions: bit i allows action FirstDeviceAction + i.</summary>
        public uint ActionMask;

        /// <summary>Uses allowed (1-255).</summary>
        public byte MaxUses;

        /// <summary>Valid from (UTC seconds).</summary>
        public long NotBefore;

        /// <summary>Valid until (UTC seconds, inclusive).</summary>
        public long NotAfter;

        /// <summary>Tells whether the pass allows a device action.</summary>
        /// <param name="action">Action code.</param>
        /// <returns>True if allowed.</returns>
        public bool Allows(byte action)
        {
            int bit = action - ProtocolConstants.FirstDeviceAction;
            if (bit < 0 || bit >= ProtocolConstants.DeviceActionCount)
            {
                return false;
            }

            return (ActionMask & (1u << bit)) != 0;
        }

        /// <summary>Writes the 27-byte body.</summary>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            BigEndian.WriteUInt32(output, offset + ProtocolConstants.PassOffsetId, PassId);
            BigEndian.WriteUInt16(output, offset + ProtocolConstants.PassOffsetEpoch, Epoch);
            BigEndian.WriteUInt32(output, offset + ProtocolConstants.PassOffsetMask, ActionMask);
            output[offset + ProtocolConstants.PassOffsetUses] = MaxUses;
            BigEndian.WriteInt64(output, offset + ProtocolConstants.PassOffsetNotBefore, NotBefore);
            BigEndian.WriteInt64(output, offset + ProtocolConstants.PassOffsetNotAfter, NotAfter);
            return ProtocolConstants.GuestPassSize;
        }

        /// <summary>Parses a 27-byte body into an existing instance (no allocation).</summary>
        /// <param name="input">Source.</param>
        /// <param name="offset">First byte (27 bytes must be available).</param>
        /// <param name="into">Destination; changed only on success.</param>
        /// <returns>Done, BadLength or BadField.</returns>
        public static ReasonCode TryParse(byte[] input, int offset, GuestPass into)
        {
            if (input == null || offset < 0 || offset + ProtocolConstants.GuestPassSize > input.Length)
            {
                return ReasonCode.BadLength;
            }

            byte uses = input[offset + ProtocolConstants.PassOffsetUses];
            long notBefore = BigEndian.ReadInt64(input, offset + ProtocolConstants.PassOffsetNotBefore);
            long notAfter = BigEndian.ReadInt64(input, offset + ProtocolConstants.PassOffsetNotAfter);
            if (uses == 0 || notBefore < 0 || notAfter < notBefore)
            {
                return ReasonCode.BadField;
            }

            into.PassId = BigEndian.ReadUInt32(input, offset + ProtocolConstants.PassOffsetId);
            into.Epoch = BigEndian.ReadUInt16(input, offset + ProtocolConstants.PassOffsetEpoch);
            into.ActionMask = BigEndian.ReadUInt32(input, offset + ProtocolConstants.PassOffsetMask);
            into.MaxUses = uses;
            into.NotBefore = notBefore;
            into.NotAfter = notAfter;
            return ReasonCode.Done;
        }
    }
}
