// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.TestFramework;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions with the signatures of nanoFramework.TestFramework 3.0.77 (every message optional; no Fail: the
    /// device has none); a failure throws <see cref="TestFailedException"/>. (Host shim.) Values compare with
    /// Equals, strings ordinally, exception and instance types exactly, as upstream does.
    /// </summary>
    public sealed partial class Assert
    {
        /// <summary>Fails unless the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsTrue(bool condition, string message = "") => Check(condition, "IsTrue", message);

        /// <summary>Fails when the condition holds.</summary>
        /// <param name="condition">The condition.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsFalse(bool condition, string message = "") => Check(!condition, "IsFalse", message);

        /// <summary>Fails unless both references are the same object.</summary>
        /// <param name="expected">Expected object.</param>
        /// <param name="actual">Actual object.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreSame(object expected, object actual, string message = "") =>
            Check(ReferenceEquals(expected, actual), "AreSame", message);

        /// <summary>Fails when both references are the same object.</summary>
        /// <param name="notExpected">The object it must not be.</param>
        /// <param name="actual">Actual object.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreNotSame(object notExpected, object actual, string message = "") =>
            Check(!ReferenceEquals(notExpected, actual), "AreNotSame", message);

        /// <summary>Fails unless the value is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsNull(object value, string message = "") => Check(value == null, "IsNull", message);

        /// <summary>Fails when the value is null.</summary>
        /// <param name="value">The value.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsNotNull(object value, string message = "") => Check(value != null, "IsNotNull", message);

        /// <summary>Fails unless the value's type is exactly <paramref name="expected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="expected">The type.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsInstanceOfType(object value, Type expected, string message = "") =>
            Check(value != null && value.GetType() == NotNull(expected), "IsInstanceOfType", message);

        /// <summary>Fails when the value's type is exactly <paramref name="notExpected"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="notExpected">The type.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "") =>
            Check(value == null || value.GetType() != NotNull(notExpected), "IsNotInstanceOfType", message);

        /// <summary>Fails unless <paramref name="value"/> contains <paramref name="expected"/>.</summary>
        /// <param name="expected">The part.</param>
        /// <param name="value">The text.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void Contains(string expected, string value, string message = "") =>
            Check(NotNull(value).Contains(NotNull(expected), StringComparison.Ordinal), "Contains", message);

        /// <summary>Fails when <paramref name="value"/> contains <paramref name="notExpected"/>.</summary>
        /// <param name="notExpected">The part.</param>
        /// <param name="value">The text.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void DoesNotContains(string notExpected, string value, string message = "") =>
            Check(!NotNull(value).Contains(NotNull(notExpected), StringComparison.Ordinal), "DoesNotContains", message);

        /// <summary>Fails unless <paramref name="value"/> starts with <paramref name="expected"/>.</summary>
        /// <param name="expected">The prefix.</param>
        /// <param name="value">The text.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void StartsWith(string expected, string value, string message = "") =>
            Check(NotNull(value).StartsWith(NotNull(expected), StringComparison.Ordinal), "StartsWith", message);

        /// <summary>Fails unless <paramref name="value"/> ends with <paramref name="expected"/>.</summary>
        /// <param name="expected">The suffix.</param>
        /// <param name="value">The text.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void EndsWith(string expected, string value, string message = "") =>
            Check(NotNull(value).EndsWith(NotNull(expected), StringComparison.Ordinal), "EndsWith", message);

        /// <summary>Fails unless the action throws an exception of exactly the given type.</summary>
        /// <param name="exception">The expected exception type.</param>
        /// <param name="action">The code to run.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            NotNull(exception);
            NotNull(action);
            try
            {
                action();
            }
            catch (Exception e) when (e.GetType() == exception)
            {
                return;
            }
            catch (Exception e) when (!(e is TestFailedException))
            {
                throw new TestFailedException("ThrowsException: " + exception.Name + " expected, " + e.GetType().Name + " thrown" + Suffix(message));
            }

            throw new TestFailedException("ThrowsException: " + exception.Name + " expected, nothing thrown" + Suffix(message));
        }

        /// <summary>Skips the test.</summary>
        /// <param name="message">Why.</param>
        public static void SkipTest(string message = null) => throw new TestFailedException(message, true);

        /// <summary>Formats the caller's message for a failure text.</summary>
        /// <param name="message">The message, possibly null or empty.</param>
        /// <returns>Empty, or a space and the message.</returns>
        internal static string Suffix(string message)
        {
            return string.IsNullOrEmpty(message) ? string.Empty : " " + message;
        }

        private static void Equal(object expected, object actual, string message)
        {
            if (!Equals(expected, actual))
            {
                throw new TestFailedException("AreEqual: <" + expected + "> expected, <" + actual + "> actual" + Suffix(message));
            }
        }

        private static void NotEqual(object notExpected, object actual, string message)
        {
            if (Equals(notExpected, actual))
            {
                throw new TestFailedException("AreNotEqual: both are <" + actual + ">" + Suffix(message));
            }
        }

        private static T NotNull<T>(T value)
            where T : class
        {
            return value ?? throw new ArgumentNullException(nameof(value));
        }

        private static void Check(bool ok, string what, string message)
        {
            if (!ok)
            {
                throw new TestFailedException(what + " failed" + (string.IsNullOrEmpty(message) ? string.Empty : ": " + message));
            }
        }
    }
}
