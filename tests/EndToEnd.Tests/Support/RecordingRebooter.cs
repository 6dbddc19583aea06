// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Device;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// Stands in for the power rebooter: an in-process device must not take the test process down, and a test
    /// that jumps the device clock forward would otherwise look like a wedged loop to the supervisor.
    /// </summary>
    public sealed class RecordingRebooter : IRebooter
    {
        private readonly List<string> _reasons = new List<string>();

        /// <summary>Gets the reboot reasons asked for so far.</summary>
        public string[] Reasons
        {
            get
            {
                lock (_reasons)
                {
                    return _reasons.ToArray();
                }
            }
        }

        /// <inheritdoc/>
        public void Reboot(string reason)
        {
            lock (_reasons)
            {
                _reasons.Add(reason);
            }
        }
    }
}
