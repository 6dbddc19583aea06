// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.M2Mqtt.Messages
{
    /// <summary>MQTT quality of service, values as in nanoFramework.M2Mqtt.</summary>
    public enum MqttQoSLevel
    {
        /// <summary>QoS 0: delivered at most once.</summary>
        AtMostOnce = 0x00,

        /// <summary>QoS 1: delivered at least once.</summary>
        AtLeastOnce = 0x01,

        /// <summary>QoS 2: delivered exactly once.</summary>
        ExactlyOnce = 0x02,

        /// <summary>SUBACK: the subscription was refused.</summary>
        GrantedFailure = 0x80,
    }
}
