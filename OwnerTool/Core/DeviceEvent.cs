// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>An authenticated, decrypted device event (ring, door moved, ...).</summary>
    public sealed class DeviceEvent
    {
        /// <summary>Creates an event.</summary>
        /// <param name="code">Device-defined event code.</param>
        /// <param name="utcSeconds">Trusted UTC seconds of the event (0 = unknown).</param>
        /// <param name="data">Event data.</param>
        /// <param name="deviceCounter">The device's message counter.</param>
        public DeviceEvent(byte code, long utcSeconds, byte[] data, long deviceCounter)
        {
            Code = code;
            UtcSeconds = utcSeconds;
            Data = data;
            DeviceCounter = deviceCounter;
        }

        /// <summary>Gets the event code.</summary>
        public byte Code { get; }

        /// <summary>Gets the trusted UTC seconds (0 = unknown).</summary>
        public long UtcSeconds { get; }

        /// <summary>Gets the event data.</summary>
        public byte[] Data { get; }

        /// <summary>Gets the device counter (strictly increasing per owner).</summary>
        public long DeviceCounter { get; }
    }
}
