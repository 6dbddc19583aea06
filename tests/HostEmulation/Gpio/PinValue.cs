// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Device.Gpio
{
    /// <summary>A pin level, shaped like nanoFramework's struct (not an enum).</summary>
    public readonly struct PinValue
    {
        private readonly byte _value;

        private PinValue(byte value)
        {
            _value = value;
        }

        /// <summary>The high level.</summary>
        public static PinValue High => new PinValue(1);

        /// <summary>The low level.</summary>
        public static PinValue Low => new PinValue(0);

        /// <summary>0 is Low, anything else High.</summary>
        public static implicit operator PinValue(int value) => value == 0 ? Low : High;

        /// <summary>false is Low, true High.</summary>
        public static implicit operator PinValue(bool value) => value ? High : Low;

        /// <summary>1 for High, 0 for Low.</summary>
        public static explicit operator byte(PinValue value) => value._value;

        /// <summary>1 for High, 0 for Low.</summary>
        public static explicit operator int(PinValue value) => value._value;

        /// <summary>true for High.</summary>
        public static explicit operator bool(PinValue value) => value._value != 0;

        /// <summary>Equality.</summary>
        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;

        /// <summary>Inequality.</summary>
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;

        /// <summary>Whether both are the same level.</summary>
        public bool Equals(PinValue other) => other._value == _value;

        /// <inheritdoc />
        public override bool Equals(object obj) => obj is PinValue other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _value;

        /// <inheritdoc />
        public override string ToString() => _value == 0 ? "Low" : "High";
    }
}
