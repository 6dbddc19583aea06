// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;

namespace Runtime.Tests.Support
{
    /// <summary>A firmware stand-in: records each action, answers Done with one data byte (the state).</summary>
    public sealed class RecordingActions : IDeviceActions
    {
        /// <summary>Gets the executed actions.</summary>
        public List<byte> Executed { get; } = new List<byte>();

        /// <inheritdoc/>
        public byte StateCode { get; set; } = 3;

        /// <summary>Gets how often a factory reset asked for the defaults.</summary>
        public int DefaultsRestored { get; private set; }

        /// <inheritdoc/>
        public void RestoreDefaults()
        {
            DefaultsRestored++;
        }

        /// <inheritdoc/>
        public byte Execute(CommandContext context)
        {
            Executed.Add(context.Action);
            context.ResultData[0] = StateCode;
            context.ResultLength = 1;
            return 0;
        }
    }
}
