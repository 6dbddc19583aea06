// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Runtime.CompilerServices;

// The MQTT tests inject a fake clock and read keep-alive counters through internal members.
[assembly: InternalsVisibleTo("Mqtt.Tests")]
