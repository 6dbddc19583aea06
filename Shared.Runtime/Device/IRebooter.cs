// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Runtime.Device
{
    /// <summary>Restarts the device (the supervisor's last resort).</summary>
    public interface IRebooter
    {
        /// <summary>Reboots now; does not return on the device.</summary>
        /// <param name="reason">Why (printed before the reboot).</param>
        void Reboot(string reason);
    }
}
