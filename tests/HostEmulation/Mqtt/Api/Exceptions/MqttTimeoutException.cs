// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.M2Mqtt.Exceptions
{
    /// <summary>Timeout while receiving from the broker (declared as upstream; the host client throws MqttCommunicationException).</summary>
    public class MqttTimeoutException : Exception
    {
    }
}
