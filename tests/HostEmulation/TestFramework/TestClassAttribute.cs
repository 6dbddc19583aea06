// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose [TestMethod] methods the runner executes. (Host shim of nanoFramework.TestFramework.)</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute
    {
    }
}
