// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// What the device build needs from one classic .nfproj: its assembly name, output kind, the exact
    /// Compile list, its project references and the package ids of its packages.config.
    /// </summary>
    public sealed class NfProject
    {
        private static readonly XNamespace Ns = "http://schemas.microsoft.com/developer/msbuild/2003";

        private NfProject()
        {
        }

        /// <summary>Gets the full path of the .nfproj file.</summary>
        public string Path { get; private set; }

        /// <summary>Gets the folder holding the .nfproj.</summary>
        public string Directory { get; private set; }

        /// <summary>Gets the AssemblyName property.</summary>
        public string AssemblyName { get; private set; }

        /// <summary>Gets a value indicating whether OutputType is Exe.</summary>
        public bool IsExe { get; private set; }

        /// <summary>Gets the Compile includes, as written (backslash separators, relative to the folder).</summary>
        public IReadOnlyList<string> CompileItems { get; private set; }

        /// <summary>Gets the full paths of the referenced projects.</summary>
        public IReadOnlyList<string> ProjectReferences { get; private set; }

        /// <summary>Gets the package ids listed in packages.config (empty when the file is missing).</summary>
        public IReadOnlyList<string> PackageIds { get; private set; }

        /// <summary>Reads a project file and its packages.config.</summary>
        /// <param name="path">The .nfproj path.</param>
        /// <returns>The parsed project.</returns>
        public static NfProject Load(string path)
        {
            string full = System.IO.Path.GetFullPath(path);
            string dir = System.IO.Path.GetDirectoryName(full);
            XDocument doc = XDocument.Load(full);
            XElement root = doc.Root;
            string asm = Property(root, "AssemblyName") ?? System.IO.Path.GetFileNameWithoutExtension(full);
            string output = Property(root, "OutputType") ?? "Library";

            List<string> compile = root.Descendants(Ns + "Compile")
                .Select(e => (string)e.Attribute("Include"))
                .Where(s => s != null)
                .ToList();
            List<string> refs = root.Descendants(Ns + "ProjectReference")
                .Select(e => (string)e.Attribute("Include"))
                .Where(s => s != null)
                .Select(s => System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, ToLocal(s))))
                .ToList();

            List<string> packages = new List<string>();
            string config = System.IO.Path.Combine(dir, "packages.config");
            if (File.Exists(config))
            {
                packages = XDocument.Load(config).Root.Elements("package")
                    .Select(e => (string)e.Attribute("id"))
                    .Where(s => s != null)
                    .ToList();
            }

            return new NfProject
            {
                Path = full,
                Directory = dir,
                AssemblyName = asm,
                IsExe = string.Equals(output, "Exe", StringComparison.OrdinalIgnoreCase),
                CompileItems = compile,
                ProjectReferences = refs,
                PackageIds = packages,
            };
        }

        /// <summary>Turns a project-relative include (backslashes) into a path for this OS.</summary>
        /// <param name="include">The include as written in the project.</param>
        /// <returns>The same path with the local separator.</returns>
        public static string ToLocal(string include)
        {
            return include.Replace('\\', System.IO.Path.DirectorySeparatorChar);
        }

        /// <summary>
        /// Lists the .cs files under the project folder as Compile includes (backslash separators), sorted,
        /// skipping bin/ and obj/ and any sub-folder that holds a project of its own.
        /// </summary>
        /// <returns>The includes the Compile list should hold.</returns>
        public IReadOnlyList<string> SourcesOnDisk()
        {
            List<string> found = new List<string>();
            Walk(Directory, found);
            return found
                .Select(f => System.IO.Path.GetRelativePath(Directory, f).Replace(System.IO.Path.DirectorySeparatorChar, '\\'))
                .OrderBy(s => s, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        private static void Walk(string dir, List<string> found)
        {
            found.AddRange(System.IO.Directory.GetFiles(dir, "*.cs"));
            foreach (string sub in System.IO.Directory.GetDirectories(dir))
            {
                string name = System.IO.Path.GetFileName(sub);
                bool skip = name.Equals("bin", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("obj", StringComparison.OrdinalIgnoreCase)
                    || System.IO.Directory.GetFiles(sub, "*.nfproj").Length > 0
                    || System.IO.Directory.GetFiles(sub, "*.csproj").Length > 0;
                if (!skip)
                {
                    Walk(sub, found);
                }
            }
        }

        private static string Property(XElement root, string name)
        {
            XElement e = root.Elements(Ns + "PropertyGroup").Elements(Ns + name).FirstOrDefault();
            return e == null ? null : e.Value.Trim();
        }
    }
}
