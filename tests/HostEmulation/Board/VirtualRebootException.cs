// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>
    /// Thrown by the host <c>Power.RebootDevice</c> after the reboot was recorded: on the device that call
    /// never returns, so on the PC no firmware line after it may run either.
    /// </summary>
    public sealed class VirtualRebootException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public VirtualRebootException()
            : base("the firmware rebooted the virtual device")
        {
        }
    }
}
