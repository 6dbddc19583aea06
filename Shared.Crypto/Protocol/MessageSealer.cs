// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Device side: seals results and events for one owner with the device-to-owner keys and the slot's outbound
    /// counter from the ledger (reserved in blocks, so a reboot never reuses a CTR counter). Not thread-safe: one
    /// instance per thread, and the ledger must serialise NextSend.
    /// </summary>
    public sealed class MessageSealer
    {
        private readonly ICounterLedger _ledger;
        private readonly SealedMessage _crypto;
        private readonly DeviceMessage _header = new DeviceMessage();

        /// <summary>Creates a sealer.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="ledger">Outbound counters.</param>
        public MessageSealer(ICryptoBackend backend, byte[] deviceId, ICounterLedger ledger)
        {
            _ledger = ledger;
            _crypto = new SealedMessage(backend);
            System.Array.Copy(deviceId, _header.DeviceId, deviceId.Length);
        }

        /// <summary>Seals a result.</summary>
        /// <param name="encKey">Device-to-owner AES key.</param>
        /// <param name="macKey">Device-to-owner HMAC key.</param>
        /// <param name="slot">Owner slot (whose outbound counter is used).</param>
        /// <param name="keyId">Key id in the header.</param>
        /// <param name="commandCounter">Counter of the command answered.</param>
        /// <param name="action">Action of the command answered.</param>
        /// <param name="reason">Reason code.</param>
        /// <param name="data">Result data.</param>
        /// <param name="dataOffset">First data byte.</param>
        /// <param name="dataCount">Data length (0-192).</param>
        /// <param name="output">Destination of at least MaxDeviceMessageSize bytes.</param>
        /// <param name="outputOffset">First byte.</param>
        /// <returns>Message length.</returns>
        public int SealResult(byte[] encKey, byte[] macKey, int slot, byte keyId, long commandCounter, byte action, byte reason,
            byte[] data, int dataOffset, int dataCount, byte[] output, int outputOffset)
        {
            long counter = StartHeader(MessageType.Result, slot, keyId, output, outputOffset);
            int p = outputOffset + ProtocolConstants.DeviceHeaderSize;
            BigEndian.WriteInt64(output, p, commandCounter);
            output[p + ProtocolConstants.ResultOffsetAction] = action;
            output[p + ProtocolConstants.ResultOffsetReason] = reason;
            if (dataCount > 0)
            {
                System.Array.Copy(data, dataOffset, output, p + ProtocolConstants.ResultPrefixSize, dataCount);
            }

            return _crypto.Seal(encKey, macKey, ProtocolConstants.DirectionToOwner, counter, output, outputOffset,
                ProtocolConstants.DeviceHeaderSize, ProtocolConstants.ResultPrefixSize + dataCount);
        }

        /// <summary>Seals an event for one owner.</summary>
        /// <param name="owner">The owner's key slot content.</param>
        /// <param name="slot">Owner slot index.</param>
        /// <param name="eventCode">Device-defined event code.</param>
        /// <param name="utcSeconds">Trusted UTC time of the event, 0 when unknown.</param>
        /// <param name="data">Event data.</param>
        /// <param name="dataOffset">First data byte.</param>
        /// <param name="dataCount">Data length (0-192).</param>
        /// <param name="output">Destination of at least MaxDeviceMessageSize bytes.</param>
        /// <param name="outputOffset">First byte.</param>
        /// <returns>Message length, or 0 when the slot is empty or the data too long.</returns>
        public int SealEvent(OwnerKey owner, int slot, byte eventCode, long utcSeconds, byte[] data, int dataOffset, int dataCount,
            byte[] output, int outputOffset)
        {
            if (!owner.InUse || dataCount < 0 || dataCount > ProtocolConstants.MaxDeviceDataSize)
            {
                return 0;
            }

            long counter = StartHeader(MessageType.Event, slot, owner.KeyId, output, outputOffset);
            int p = outputOffset + ProtocolConstants.DeviceHeaderSize;
            output[p] = eventCode;
            BigEndian.WriteInt64(output, p + ProtocolConstants.EventOffsetTime, utcSeconds);
            if (dataCount > 0)
            {
                System.Array.Copy(data, dataOffset, output, p + ProtocolConstants.EventPrefixSize, dataCount);
            }

            return _crypto.Seal(owner.Keys.DeviceEnc, owner.Keys.DeviceMac, ProtocolConstants.DirectionToOwner, counter, output,
                outputOffset, ProtocolConstants.DeviceHeaderSize, ProtocolConstants.EventPrefixSize + dataCount);
        }

        private long StartHeader(MessageType type, int slot, byte keyId, byte[] output, int outputOffset)
        {
            long counter = _ledger.NextSend(slot);
            _header.Type = type;
            _header.KeyId = keyId;
            _header.Counter = counter;
            _header.EncodeHeader(output, outputOffset);
            return counter;
        }
    }
}
