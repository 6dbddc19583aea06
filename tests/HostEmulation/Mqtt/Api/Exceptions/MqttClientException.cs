// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Exceptions
{
    /// <summary>An argument or state error of the MQTT client.</summary>
    public class MqttClientException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="errorCode">What went wrong.</param>
        public MqttClientException(MqttClientErrorCode errorCode)
            : base("MQTT client error " + (int)errorCode)
        {
            ErrorCode = errorCode;
        }

        /// <summary>What went wrong.</summary>
        public MqttClientErrorCode ErrorCode { get; set; }
    }
}
