// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>Callback registered with <see cref="GpioController.RegisterCallbackForPinValueChangedEvent"/>.</summary>
    /// <param name="sender">The <see cref="GpioController"/>.</param>
    /// <param name="pinValueChangedEventArgs">The edge and pin.</param>
    public delegate void PinChangeEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);
}
