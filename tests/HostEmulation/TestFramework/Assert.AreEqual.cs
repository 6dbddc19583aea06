// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The typed AreEqual/AreNotEqual overloads of nanoFramework.TestFramework 3.0.77: one per primitive type plus
    /// object, each with an optional message, so that overload resolution picks the same one as on the device.
    /// </summary>
    public sealed partial class Assert
    {
        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(bool expected, bool actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(byte expected, byte actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(char expected, char actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(double expected, double actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(float expected, float actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(int expected, int actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(long expected, long actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(object expected, object actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(short expected, short actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(string expected, string actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(uint expected, uint actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(ulong expected, ulong actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(ushort expected, ushort actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(char notExpected, char actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(double notExpected, double actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(float notExpected, float actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(int notExpected, int actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(long notExpected, long actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(object notExpected, object actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(short notExpected, short actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(string notExpected, string actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => NotEqual(notExpected, actual, message);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="notExpected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => NotEqual(notExpected, actual, message);
    }
}
