// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>The one time source of the host MQTT client, so keep-alive logic can run on a fake clock.</summary>
    public interface IMqttClock
    {
        /// <summary>Monotonic milliseconds from an arbitrary origin; only differences are used.</summary>
        long NowMilliseconds { get; }
    }
}
