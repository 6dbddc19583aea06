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
        private Assert() { }
        public static void IsTrue(bool condition) => throw null;
        public static void IsTrue(bool condition, string message) => throw null;
        public static void IsFalse(bool condition) => throw null;
        public static void IsFalse(bool condition, string message) => throw null;
        public static void AreEqual(int expected, int actual) => throw null;
        public static void AreEqual(int expected, int actual, string message) => throw null;
        public static void AreEqual(long expected, long actual) => throw null;
        public static void AreEqual(byte expected, byte actual) => throw null;
        public static void AreEqual(bool expected, bool actual) => throw null;
        public static void AreEqual(string expected, string actual) => throw null;
        public static void AreEqual(string expected, string actual, string message) => throw null;
        public static void AreEqual(object expected, object actual) => throw null;
        public static void AreNotEqual(int expected, int actual) => throw null;
        public static void AreNotEqual(object expected, object actual) => throw null;
        public static void IsNull(object value) => throw null;
        public static void IsNotNull(object value) => throw null;
        public static void ThrowsException(Type exceptionType, Action action) => throw null;
        public static void Fail(string message) => throw null;
        public static void SkipTest(string message) => throw null;
    }

    public sealed class CollectionAssert
    {
        private CollectionAssert() { }
        public static void AreEqual(Array expected, Array actual) => throw null;
        public static void AreEqual(Array expected, Array actual, string message) => throw null;
        public static void AreNotEqual(Array expected, Array actual) => throw null;
    }

    public static class OutputHelper
    {
        public static void WriteLine(string message) => throw null;
        public static void Write(string message) => throw null;
    }
}
