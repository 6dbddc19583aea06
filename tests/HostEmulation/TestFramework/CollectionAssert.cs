// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using nanoFramework.HostEmulation.TestFramework;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Collection assertions with the signatures of nanoFramework.TestFramework 3.0.77: over ICollection (an array
    /// is one), elements compared in order with Equals. (Host shim.)
    /// </summary>
    public sealed class CollectionAssert
    {
        /// <summary>Fails unless both collections have the same count and equal elements in order.</summary>
        /// <param name="expected">The expected collection.</param>
        /// <param name="actual">The actual collection.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string diff = Difference(expected, actual);
            if (diff != null)
            {
                throw new TestFailedException("CollectionAssert.AreEqual: " + diff + Assert.Suffix(message));
            }
        }

        /// <summary>Fails unless the collection has no element.</summary>
        /// <param name="collection">The collection.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                throw new TestFailedException("CollectionAssert.Empty: " + (collection == null ? "null" : collection.Count + " elements") + Assert.Suffix(message));
            }
        }

        /// <summary>Fails unless the collection has at least one element.</summary>
        /// <param name="collection">The collection.</param>
        /// <param name="message">Added to the failure text.</param>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                throw new TestFailedException("CollectionAssert.NotEmpty: " + (collection == null ? "null" : "no element") + Assert.Suffix(message));
            }
        }

        private static string Difference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }

            if (expected == null || actual == null)
            {
                return "one collection is null";
            }

            if (expected.Count != actual.Count)
            {
                return "count " + expected.Count + " expected, " + actual.Count + " actual";
            }

            IEnumerator e = expected.GetEnumerator();
            IEnumerator a = actual.GetEnumerator();
            for (int i = 0; e.MoveNext() && a.MoveNext(); i++)
            {
                if (!Equals(e.Current, a.Current))
                {
                    return "element " + i + ": " + e.Current + " expected, " + a.Current + " actual";
                }
            }

            return null;
        }
    }
}
