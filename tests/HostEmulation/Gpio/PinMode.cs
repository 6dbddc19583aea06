// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>Pin modes with nanoFramework's numbering (which differs from dotnet/iot).</summary>
    public enum PinMode
    {
        /// <summary>Floating input.</summary>
        Input = 0,

        /// <summary>Input with pull-down.</summary>
        InputPullDown = 1,

        /// <summary>Input with pull-up.</summary>
        InputPullUp = 2,

        /// <summary>Push-pull output.</summary>
        Output = 3,

        /// <summary>Open-drain output.</summary>
        OutputOpenDrain = 4,

        /// <summary>Open-drain output with pull-up.</summary>
        OutputOpenDrainPullUp = 5,

        /// <summary>Open-source output.</summary>
        OutputOpenSource = 6,

        /// <summary>Open-source output with pull-down.</summary>
        OutputOpenSourcePullDown = 7,
    }
}
