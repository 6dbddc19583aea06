// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.Runtime.Native;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary><see cref="IRebooter"/> over Power.RebootDevice (a virtual board ends its run instead).</summary>
    public sealed class PowerRebooter : IRebooter
    {
        private readonly ILog _log;

        /// <summary>Creates the adapter.</summary>
        /// <param name="log">Console.</param>
        public PowerRebooter(ILog log)
        {
            _log = log;
        }

        /// <inheritdoc/>
        public void Reboot(string reason)
        {
            _log.WriteLine("supervisor: rebooting: " + reason);
            Power.RebootDevice();
        }
    }
}
