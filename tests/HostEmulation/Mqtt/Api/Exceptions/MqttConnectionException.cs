// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Exceptions
{
    /// <summary>The TCP connection to the broker could not be opened (refused, unreachable, timed out).</summary>
    public class MqttConnectionException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed.</param>
        /// <param name="innerException">The socket error.</param>
        public MqttConnectionException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
