// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;

namespace Runtime.Tests.Support
{
    /// <summary>Finds the repository root (the folder holding nanoFramework.sln) from the test binaries.</summary>
    internal static class RepoRoot
    {
        /// <summary>Gets the repository root.</summary>
        public static string Path
        {
            get
            {
                DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "nanoFramework.sln")))
                {
                    dir = dir.Parent;
                }

                if (dir == null)
                {
                    throw new InvalidOperationException("nanoFramework.sln not found above " + AppContext.BaseDirectory);
                }

                return dir.FullName;
            }
        }

        /// <summary>Combines the root with a relative path written with forward slashes.</summary>
        /// <param name="relative">The path below the root.</param>
        /// <returns>The full path.</returns>
        public static string File(string relative)
        {
            return System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        }
    }
}
