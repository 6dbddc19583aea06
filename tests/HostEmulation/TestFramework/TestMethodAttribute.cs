// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test method. (Host shim of nanoFramework.TestFramework.)</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute
    {
    }
}
