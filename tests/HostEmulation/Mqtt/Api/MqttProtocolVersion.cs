// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.M2Mqtt
{
    /// <summary>MQTT protocol level, values as in nanoFramework.M2Mqtt. The host client speaks 3.1.1 only.</summary>
    public enum MqttProtocolVersion
    {
        /// <summary>MQTT 3.1 (not supported on the host).</summary>
        Version_3_1 = 0x03,

        /// <summary>MQTT 3.1.1, the default.</summary>
        Version_3_1_1 = 0x04,

        /// <summary>MQTT 5 (not supported on the host).</summary>
        Version_5 = 0x05,
    }
}
