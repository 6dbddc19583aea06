// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.TestFramework;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions with the nanoFramework.TestFramework signatures the device tests use; a failure throws
    /// <see cref="TestFailedException"/>. (Host shim.)
    /// </summary>
    public sealed class Assert
    {
        private Assert()
        {
        }

        /// <summary>Fails unless the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        public static void IsTrue(bool condition) => IsTrue(condition, null);

        /// <summary>Fails unless the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsTrue(bool condition, string message) => Check(condition, "IsTrue", message);

        /// <summary>Fails when the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        public static void IsFalse(bool condition) => IsFalse(condition, null);

        /// <summary>Fails when the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsFalse(bool condition, string message) => Check(!condition, "IsFalse", message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(int expected, int actual) => Equal(expected, actual, null);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(int expected, int actual, string message) => Equal(expected, actual, message);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(long expected, long actual) => Equal(expected, actual, null);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(byte expected, byte actual) => Equal(expected, actual, null);

        /// <summary>Fails unless the values are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(bool expected, bool actual) => Equal(expected, actual, null);

        /// <summary>Fails unless the strings are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(string expected, string actual) => Equal(expected, actual, null);

        /// <summary>Fails unless the strings are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(string expected, string actual, string message) => Equal(expected, actual, message);

        /// <summary>Fails unless the objects are equal.</summary>
        /// <param name="expected">Expected value.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreEqual(object expected, object actual) => Equal(expected, actual, null);

        /// <summary>Fails when the values are equal.</summary>
        /// <param name="expected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreNotEqual(int expected, int actual) => Check(expected != actual, "AreNotEqual", null);

        /// <summary>Fails when the objects are equal.</summary>
        /// <param name="expected">The value it must differ from.</param>
        /// <param name="actual">Actual value.</param>
        public static void AreNotEqual(object expected, object actual) => Check(!Equals(expected, actual), "AreNotEqual", null);

        /// <summary>Fails unless the value is null.</summary>
        /// <param name="value">The value.</param>
        public static void IsNull(object value) => Check(value == null, "IsNull", null);

        /// <summary>Fails when the value is null.</summary>
        /// <param name="value">The value.</param>
        public static void IsNotNull(object value) => Check(value != null, "IsNotNull", null);

        /// <summary>Fails unless the action throws an exception of exactly the given type.</summary>
        /// <param name="exceptionType">The expected exception type.</param>
        /// <param name="action">The code to run.</param>
        public static void ThrowsException(Type exceptionType, Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (e.GetType() == exceptionType)
            {
                return;
            }
            catch (Exception e) when (!(e is TestFailedException))
            {
                throw new TestFailedException("ThrowsException: " + exceptionType.Name + " expected, " + e.GetType().Name + " thrown");
            }

            throw new TestFailedException("ThrowsException: " + exceptionType.Name + " expected, nothing thrown");
        }

        /// <summary>Fails the test.</summary>
        /// <param name="message">Why.</param>
        public static void Fail(string message) => throw new TestFailedException("Fail: " + message);

        /// <summary>Skips the test.</summary>
        /// <param name="message">Why.</param>
        public static void SkipTest(string message) => throw new TestFailedException(message, true);

        private static void Equal(object expected, object actual, string message)
        {
            if (!Equals(expected, actual))
            {
                throw new TestFailedException("AreEqual: <" + expected + "> expected, <" + actual + "> actual" + (message == null ? string.Empty : " " + message));
            }
        }

        private static void Check(bool ok, string what, string message)
        {
            if (!ok)
            {
                throw new TestFailedException(what + " failed" + (message == null ? string.Empty : ": " + message));
            }
        }
    }
}
