// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace nanoFramework.Runtime.Native
{
    /// <summary>How <see cref="Power.RebootDevice(RebootOption)"/> restarts the device (nanoFramework's values).</summary>
    public enum RebootOption
    {
        /// <summary>A full restart of the device.</summary>
        NormalReboot = 0,

        /// <summary>Restart into the nanoBooter.</summary>
        EnterNanoBooter = 1,

        /// <summary>Restart only the CLR.</summary>
        ClrOnly = 2,

        /// <summary>Restart into the vendor's boot loader.</summary>
        EnterProprietaryBooter = 8,
    }
}
