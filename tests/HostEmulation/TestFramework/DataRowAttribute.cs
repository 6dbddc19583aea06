// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Supplies one set of arguments to a test method. (Host shim of nanoFramework.TestFramework.)</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a row.</summary>
        /// <param name="methodParameters">The arguments, in parameter order.</param>
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        /// <summary>Gets the arguments.</summary>
        public object[] MethodParameters { get; }
    }
}
