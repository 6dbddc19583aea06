// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Exceptions
{
    /// <summary>Talking to the broker failed: a socket error, or no answer in time (for example no CONNACK).</summary>
    public class MqttCommunicationException : Exception
    {
        /// <summary>Creates the exception (used for a timeout).</summary>
        public MqttCommunicationException()
        {
        }

        /// <summary>Creates the exception around the underlying error.</summary>
        /// <param name="e">The socket or stream error.</param>
        public MqttCommunicationException(Exception e)
            : base(string.Empty, e)
        {
        }
    }
}
