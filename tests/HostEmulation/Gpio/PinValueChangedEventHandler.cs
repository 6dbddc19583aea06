// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>Handler of <see cref="GpioPin.ValueChanged"/>; declared at namespace level as in nanoFramework.</summary>
    /// <param name="sender">The <see cref="GpioPin"/>.</param>
    /// <param name="e">The edge and pin.</param>
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);
}
