// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace EndToEnd.Tests.Support
{
    /// <summary>A message the attacker saw on the broker.</summary>
    public sealed class Captured
    {
        /// <summary>Creates the record.</summary>
        /// <param name="topic">The topic.</param>
        /// <param name="payload">The bytes.</param>
        /// <param name="retained">Whether it was delivered as a retained message.</param>
        public Captured(string topic, byte[] payload, bool retained)
        {
            Topic = topic;
            Payload = payload;
            Retained = retained;
        }

        /// <summary>Gets the topic.</summary>
        public string Topic { get; }

        /// <summary>Gets the bytes.</summary>
        public byte[] Payload { get; }

        /// <summary>Gets whether the broker delivered it as retained.</summary>
        public bool Retained { get; }
    }
}
