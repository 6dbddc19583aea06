// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

using System;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute { public TestClassAttribute() { } }

    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute { public TestMethodAttribute() { } }

    [AttributeUsage(AttributeTargets.Method)]
    public class SetupAttribute : Attribute { public SetupAttribute() { } }

    [AttributeUsage(AttributeTargets.Method)]
    public class CleanupAttribute : Attribute { public CleanupAttribute() { } }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { }
        public object[] MethodParameters => throw null;
    }

    public sealed class Assert
    {
        public static void IsTrue(bool condition, string message = "") => throw null;
        public static void IsFalse(bool condition, string message = "") => throw null;
        public static void AreEqual(bool expected, bool actual, string message = "") => throw null;
        public static void AreEqual(byte expected, byte actual, string message = "") => throw null;
        public static void AreEqual(char expected, char actual, string message = "") => throw null;
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => throw null;
        public static void AreEqual(double expected, double actual, string message = "") => throw null;
        public static void AreEqual(float expected, float actual, string message = "") => throw null;
        public static void AreEqual(int expected, int actual, string message = "") => throw null;
        public static void AreEqual(long expected, long actual, string message = "") => throw null;
        public static void AreEqual(object expected, object actual, string message = "") => throw null;
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => throw null;
        public static void AreEqual(short expected, short actual, string message = "") => throw null;
        public static void AreEqual(string expected, string actual, string message = "") => throw null;
        public static void AreEqual(uint expected, uint actual, string message = "") => throw null;
        public static void AreEqual(ulong expected, ulong actual, string message = "") => throw null;
        public static void AreEqual(ushort expected, ushort actual, string message = "") => throw null;
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => throw null;
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => throw null;
        public static void AreNotEqual(char notExpected, char actual, string message = "") => throw null;
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => throw null;
        public static void AreNotEqual(double notExpected, double actual, string message = "") => throw null;
        public static void AreNotEqual(float notExpected, float actual, string message = "") => throw null;
        public static void AreNotEqual(int notExpected, int actual, string message = "") => throw null;
        public static void AreNotEqual(long notExpected, long actual, string message = "") => throw null;
        public static void AreNotEqual(object notExpected, object actual, string message = "") => throw null;
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => throw null;
        public static void AreNotEqual(short notExpected, short actual, string message = "") => throw null;
        public static void AreNotEqual(string notExpected, string actual, string message = "") => throw null;
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => throw null;
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => throw null;
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => throw null;
        public static void AreSame(object expected, object actual, string message = "") => throw null;
        public static void AreNotSame(object notExpected, object actual, string message = "") => throw null;
        public static void IsNull(object value, string message = "") => throw null;
        public static void IsNotNull(object value, string message = "") => throw null;
        public static void IsInstanceOfType(object value, Type expected, string message = "") => throw null;
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "") => throw null;
        public static void Contains(string expected, string value, string message = "") => throw null;
        public static void DoesNotContains(string notExpected, string value, string message = "") => throw null;
        public static void StartsWith(string expected, string value, string message = "") => throw null;
        public static void EndsWith(string expected, string value, string message = "") => throw null;
        public static void ThrowsException(Type exception, Action action, string message = "") => throw null;
        public static void SkipTest(string message = null) => throw null;
    }

    public sealed class CollectionAssert
    {
        public static void AreEqual(System.Collections.ICollection expected, System.Collections.ICollection actual, string message = "") => throw null;
        public static void Empty(System.Collections.ICollection collection, string message = "") => throw null;
        public static void NotEmpty(System.Collections.ICollection collection, string message = "") => throw null;
    }

    public static class OutputHelper
    {
        public static void WriteLine(string message) => throw null;
        public static void Write(string message) => throw null;
    }
}
