// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.TestFramework;

namespace nanoFramework.TestFramework
{
    /// <summary>Array assertions. (Host shim of nanoFramework.TestFramework.)</summary>
    public sealed class CollectionAssert
    {
        private CollectionAssert()
        {
        }

        /// <summary>Fails unless both arrays have the same length and equal elements in order.</summary>
        /// <param name="expected">The expected array.</param>
        /// <param name="actual">The actual array.</param>
        public static void AreEqual(Array expected, Array actual)
        {
            AreEqual(expected, actual, null);
        }

        /// <summary>Fails unless both arrays have the same length and equal elements in order.</summary>
        /// <param name="expected">The expected array.</param>
        /// <param name="actual">The actual array.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(Array expected, Array actual, string message)
        {
            string diff = Difference(expected, actual);
            if (diff != null)
            {
                throw new TestFailedException("CollectionAssert.AreEqual: " + diff + (message == null ? string.Empty : " " + message));
            }
        }

        /// <summary>Fails when both arrays are equal element by element.</summary>
        /// <param name="expected">The array it must differ from.</param>
        /// <param name="actual">The actual array.</param>
        public static void AreNotEqual(Array expected, Array actual)
        {
            if (Difference(expected, actual) == null)
            {
                throw new TestFailedException("CollectionAssert.AreNotEqual: the arrays are equal");
            }
        }

        private static string Difference(Array expected, Array actual)
        {
            if (expected == null || actual == null)
            {
                return expected == actual ? null : "one array is null";
            }

            if (expected.Length != actual.Length)
            {
                return "length " + expected.Length + " expected, " + actual.Length + " actual";
            }

            for (int i = 0; i < expected.Length; i++)
            {
                if (!Equals(expected.GetValue(i), actual.GetValue(i)))
                {
                    return "element " + i + ": " + expected.GetValue(i) + " expected, " + actual.GetValue(i) + " actual";
                }
            }

            return null;
        }
    }
}
