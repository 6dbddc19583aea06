// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>The machine's monotonic tick count.</summary>
    public sealed class SystemMqttClock : IMqttClock
    {
        /// <summary>The shared instance.</summary>
        public static readonly SystemMqttClock Instance = new SystemMqttClock();

        /// <inheritdoc />
        public long NowMilliseconds => Environment.TickCount64;
    }
}
