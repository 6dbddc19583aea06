// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Erases owner keys, counters, passes and the device identity, implemented by the runtime. The
    /// doorbell calls it only after the setup button was held through boot (see <see cref="Shared.Runtime.Device.SetupButton"/>).
    /// </summary>
    public interface IFactoryReset
    {
        /// <summary>
        /// Wipes the device. Should return once the wipe is durable and leave the restart to the runtime,
        /// so the LED can confirm the reset first.
        /// </summary>
        void Wipe();
    }
}
