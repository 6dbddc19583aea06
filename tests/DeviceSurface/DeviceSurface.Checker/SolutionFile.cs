// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// Reads the project paths out of a Visual Studio .sln (only the .nfproj entries matter here).
    /// </summary>
    public static class SolutionFile
    {
        private static readonly Regex ProjectLine = new Regex(
            "^Project\\(\"\\{[^}]+\\}\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"(?<path>[^\"]+)\"",
            RegexOptions.Multiline);

        /// <summary>Returns the full paths of the .nfproj files the solution lists, in file order.</summary>
        /// <param name="slnPath">Path of the .sln.</param>
        /// <returns>Full paths of the projects.</returns>
        public static IReadOnlyList<string> NfProjects(string slnPath)
        {
            string dir = Path.GetDirectoryName(Path.GetFullPath(slnPath));
            List<string> result = new List<string>();
            foreach (Match m in ProjectLine.Matches(File.ReadAllText(slnPath)))
            {
                string rel = m.Groups["path"].Value;
                if (rel.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(Path.GetFullPath(Path.Combine(dir, NfProject.ToLocal(rel))));
                }
            }

            return result;
        }
    }
}
