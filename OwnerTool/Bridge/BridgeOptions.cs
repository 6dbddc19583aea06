// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>What <c>okf bridge</c> was asked to do besides the defaults.</summary>
    public sealed class BridgeOptions
    {
        /// <summary>Session name of the bridge's persistent device subscriptions.</summary>
        public const string DefaultSession = "bridge";

        /// <summary>Strike release for Home Assistant's UNLOCK, seconds (the device never holds it longer than 10).</summary>
        public const int DefaultStrikeSeconds = 5;

        /// <summary>Gets or sets Home Assistant's broker and login (may equal the devices' broker).</summary>
        public ToolSettings HomeAssistant { get; set; }

        /// <summary>Gets or sets the topic scheme.</summary>
        public BridgeTopics Topics { get; set; } = new BridgeTopics(null, null);

        /// <summary>Gets or sets the session name of the device subscriptions (events sent while away are kept for it).</summary>
        public string Session { get; set; } = DefaultSession;

        /// <summary>Gets or sets how long a garage may stay open before the open alert (zero: no alert).</summary>
        public TimeSpan OpenAlertAfter { get; set; }

        /// <summary>Gets or sets the command run per event and notice, or null.</summary>
        public EventCommand Command { get; set; }

        /// <summary>Gets or sets how long Home Assistant's UNLOCK releases the strike, seconds (1-10).</summary>
        public int StrikeSeconds { get; set; } = DefaultStrikeSeconds;
    }
}
