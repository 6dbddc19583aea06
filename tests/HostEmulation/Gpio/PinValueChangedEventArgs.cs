// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.Runtime.Events;

namespace System.Device.Gpio
{
    /// <summary>
    /// Which edge happened on which pin. Like nanoFramework's, it derives from the native-event base class
    /// <see cref="BaseEvent"/>, not from EventArgs.
    /// </summary>
    public class PinValueChangedEventArgs : BaseEvent
    {
        /// <summary>Creates the arguments of one pin event.</summary>
        /// <param name="changeType">The edge.</param>
        /// <param name="pinNumber">The GPIO number.</param>
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            ChangeType = changeType;
            PinNumber = pinNumber;
        }

        /// <summary>Gets the edge that raised the event.</summary>
        public PinEventTypes ChangeType { get; }

        /// <summary>Gets the GPIO number.</summary>
        public int PinNumber { get; }
    }
}
