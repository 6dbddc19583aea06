// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Network
{
    /// <summary>One queued inbound message; the buffer is preallocated and reused.</summary>
    public sealed class InboundMessage
    {
        /// <summary>Creates a slot able to hold <paramref name="capacity"/> bytes.</summary>
        /// <param name="capacity">Largest payload kept.</param>
        public InboundMessage(int capacity)
        {
            Payload = new byte[capacity];
        }

        /// <summary>Which subscribed topic the message came on.</summary>
        public InboundKind Kind;

        /// <summary>The payload bytes (the first <see cref="Length"/> are valid).</summary>
        public readonly byte[] Payload;

        /// <summary>Number of valid bytes.</summary>
        public int Length;

        /// <summary>The MQTT retain flag of the delivery.</summary>
        public bool Retained;

        /// <summary>Copies another slot into this one.</summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(InboundMessage other)
        {
            Kind = other.Kind;
            Length = other.Length;
            Retained = other.Retained;
            System.Array.Copy(other.Payload, Payload, other.Length);
        }
    }
}
