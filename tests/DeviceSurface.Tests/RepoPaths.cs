// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;

namespace DeviceSurface.Tests
{
    /// <summary>Finds the repository root (the folder holding nanoFramework.sln) from the test binaries.</summary>
    internal static class RepoPaths
    {
        public static string Root
        {
            get
            {
                DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "nanoFramework.sln")))
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

        public static string Solution => Path.Combine(Root, "nanoFramework.sln");

        public static string SurfaceDir => Path.Combine(Root, "tests", "DeviceSurface", "Surface");
    }
}
