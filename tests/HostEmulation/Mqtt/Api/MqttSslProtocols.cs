// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.M2Mqtt
{
    /// <summary>SSL/TLS versions, as in nanoFramework.M2Mqtt. The host client supports None only.</summary>
    public enum MqttSslProtocols
    {
        /// <summary>Plain TCP.</summary>
        None,

        /// <summary>SSL 3.</summary>
        SSLv3,

        /// <summary>TLS 1.0.</summary>
        TLSv1_0,

        /// <summary>TLS 1.1.</summary>
        TLSv1_1,

        /// <summary>TLS 1.2.</summary>
        TLSv1_2,

        /// <summary>TLS 1.3.</summary>
        TLSv1_3,
    }
}
