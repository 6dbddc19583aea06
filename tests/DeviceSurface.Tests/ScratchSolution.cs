// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeviceSurface.Checker;

namespace DeviceSurface.Tests
{
    /// <summary>
    /// A throw-away device solution on disk with one library project, checked against the real surface.
    /// </summary>
    internal sealed class ScratchSolution : IDisposable
    {
        private readonly string _root;

        public ScratchSolution(string packages = "nanoFramework.CoreLibrary")
        {
            _root = Path.Combine(Path.GetTempPath(), "devsurface-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(_root, "Lib"));
            File.WriteAllText(Path.Combine(_root, "Device.sln"),
                "Project(\"{11A8DD76-328B-46DF-9F39-F559912D0360}\") = \"Lib\", \"Lib\\Lib.nfproj\", \"{00000000-0000-0000-0000-000000000001}\"\nEndProject\n");
            string config = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<packages>\n";
            foreach (string id in packages.Split(','))
            {
                config += "  <package id=\"" + id + "\" version=\"1.0.0\" targetFramework=\"netnano1.0\" />\n";
            }

            File.WriteAllText(Path.Combine(_root, "Lib", "packages.config"), config + "</packages>\n");
        }

        /// <summary>Gets the path of the scratch project file (written by <see cref="Check"/>).</summary>
        public string ProjectPath => Path.Combine(_root, "Lib", "Lib.nfproj");

        /// <summary>Adds a source file on disk and (unless told otherwise) to the Compile list.</summary>
        public ScratchSolution WithSource(string name, string code, bool listed = true)
        {
            File.WriteAllText(Path.Combine(_root, "Lib", name), code);
            if (listed)
            {
                _listed.Add(name);
            }

            return this;
        }

        private readonly List<string> _listed = new List<string>();

        /// <summary>Writes the project and runs the check; returns every error line.</summary>
        public IReadOnlyList<string> Check()
        {
            string items = string.Concat(_listed.Select(f => "    <Compile Include=\"" + f + "\" />\n"));
            File.WriteAllText(Path.Combine(_root, "Lib", "Lib.nfproj"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project ToolsVersion=\"Current\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
                + "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n    <AssemblyName>Lib</AssemblyName>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n" + items + "  </ItemGroup>\n</Project>\n");
            List<string> surfaceErrors = new List<string>();
            SurfaceCatalog surface = SurfaceCatalog.Build(RepoPaths.SurfaceDir, surfaceErrors);
            ProjectResult result = new DeviceCompiler(surface).CheckSolution(Path.Combine(_root, "Device.sln")).Single();
            return surfaceErrors.Concat(result.Errors).ToList();
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
