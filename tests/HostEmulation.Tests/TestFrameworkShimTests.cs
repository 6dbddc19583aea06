// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.TestFramework;
using Xunit;
using NfAssert = nanoFramework.TestFramework.Assert;
using NfCollectionAssert = nanoFramework.TestFramework.CollectionAssert;

namespace HostEmulation.Tests
{
    /// <summary>The host shim of nanoFramework.TestFramework fails where the device's does, and only there.</summary>
    public class TestFrameworkShimTests
    {
        [Fact]
        public void AreEqual_passes_on_equal_values_and_names_both_values_and_the_message_otherwise()
        {
            NfAssert.AreEqual(7, 7);
            NfAssert.AreEqual((byte)200, (byte)200, "bytes");
            NfAssert.AreEqual("abc", "abc");
            TestFailedException e = Assert.Throws<TestFailedException>(() => NfAssert.AreEqual(3L, 4L, "counter"));
            Assert.Contains("<3>", e.Message);
            Assert.Contains("<4>", e.Message);
            Assert.Contains("counter", e.Message);
            Assert.False(e.Skipped);
            Assert.Throws<TestFailedException>(() => NfAssert.AreNotEqual('x', 'x'));
        }

        [Fact]
        public void ThrowsException_and_IsInstanceOfType_want_the_exact_type_like_upstream()
        {
            NfAssert.ThrowsException(typeof(ArgumentNullException), () => throw new ArgumentNullException("p"));
            Assert.Throws<TestFailedException>(() =>
                NfAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("p")));
            Assert.Throws<TestFailedException>(() => NfAssert.ThrowsException(typeof(ArgumentException), () => { }));
            NfAssert.IsInstanceOfType("s", typeof(string));
            Assert.Throws<TestFailedException>(() => NfAssert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentException)));
        }

        [Fact]
        public void CollectionAssert_compares_count_and_elements_in_order()
        {
            NfCollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 });
            TestFailedException e = Assert.Throws<TestFailedException>(() =>
                NfCollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 9, 3 }));
            Assert.Contains("element 1", e.Message);
            Assert.Throws<TestFailedException>(() => NfCollectionAssert.AreEqual(new byte[] { 1 }, new byte[] { 1, 1 }));
            NfCollectionAssert.Empty(new int[0]);
            Assert.Throws<TestFailedException>(() => NfCollectionAssert.NotEmpty(new int[0]));
        }

        [Fact]
        public void SkipTest_marks_the_test_as_skipped_not_failed()
        {
            TestFailedException e = Assert.Throws<TestFailedException>(() => NfAssert.SkipTest("no GPIO here"));
            Assert.True(e.Skipped);
            Assert.Equal("no GPIO here", e.Message);
        }
    }
}
