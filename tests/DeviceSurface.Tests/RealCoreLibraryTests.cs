// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DeviceSurface.Checker;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DeviceSurface.Tests
{
    /// <summary>
    /// The device-surface compile binds to the real mscorlib.dll of nanoFramework.CoreLibrary, so a member the
    /// device lacks fails it even where .NET has one with the same name.
    /// </summary>
    public class RealCoreLibraryTests
    {
        private const string Header = "namespace Lib\n{\n";

        [Fact]
        public void The_mscorlib_reference_is_the_file_of_the_CoreLibrary_NuGet_package()
        {
            string used = SurfaceCatalog.DefaultMscorlibPath;
            string package = Path.Combine(SurfaceCatalog.CoreLibraryPackageFolder, "lib", "mscorlib.dll");
            Assert.True(File.Exists(package), package);
            Assert.Equal(File.ReadAllBytes(package), File.ReadAllBytes(used));

            AssemblyName name = AssemblyName.GetAssemblyName(used);
            Assert.Equal("mscorlib", name.Name);
            Assert.Equal("1.17.11", SurfaceCatalog.CoreLibraryVersion);
            Assert.Equal("1.17.11", name.Version.Major + "." + name.Version.Minor + "." + name.Version.Build);

            SurfaceCatalog surface = SurfaceCatalog.Build(RepoPaths.SurfaceDir, new List<string>());
            PortableExecutableReference reference = Assert.IsAssignableFrom<PortableExecutableReference>(surface.Reference("mscorlib"));
            Assert.Equal(Path.GetFullPath(used), Path.GetFullPath(reference.FilePath));
        }

        [Fact]
        public void Every_device_project_pins_the_CoreLibrary_version_the_checker_compiles_against()
        {
            string[] configs = Directory.GetFiles(RepoPaths.Root, "packages.config", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)
                    && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .ToArray();
            Assert.NotEmpty(configs);
            foreach (string config in configs)
            {
                string version = XDocument.Load(config).Root.Elements("package")
                    .Where(e => (string)e.Attribute("id") == "nanoFramework.CoreLibrary")
                    .Select(e => (string)e.Attribute("version"))
                    .SingleOrDefault();
                Assert.True(version == SurfaceCatalog.CoreLibraryVersion, config + ": CoreLibrary " + version);
            }
        }

        [Fact]
        public void Random_Next_with_a_range_does_not_exist_on_the_device()
        {
            Assert.Contains(Errors("public class A { public int R() { return new System.Random().Next(1, 2); } }"),
                e => e.Contains("CS1501"));
        }

        [Fact]
        public void Random_Next_with_a_bound_exists_on_the_device()
        {
            Assert.Empty(Errors("public class A { public int R() { return new System.Random().Next(2); } }"));
        }

        [Fact]
        public void Array_Reverse_does_not_exist_on_the_device()
        {
            Assert.Contains(Errors("public class A { public void R(byte[] b) { System.Array.Reverse(b); } }"),
                e => e.Contains("CS0117") && e.Contains("Reverse"));
        }

        [Fact]
        public void Math_is_not_in_mscorlib()
        {
            Assert.Contains(Errors("public class A { public int M(int a, int b) { return System.Math.Max(a, b); } }"),
                e => e.Contains("CS0234") && e.Contains("Math"));
        }

        [Fact]
        public void Stream_needs_the_System_IO_Streams_package()
        {
            const string code = "public class A { public long L(System.IO.Stream s) { return s.Length; } }";
            Assert.Contains(Errors(code), e => e.Contains("CS0234") && e.Contains("Stream"));
            Assert.Empty(Errors(code, "nanoFramework.CoreLibrary,nanoFramework.System.IO.Streams"));
        }

        [Fact]
        public void Hashtable_has_Contains_but_no_ContainsKey()
        {
            const string packages = "nanoFramework.CoreLibrary,nanoFramework.System.Collections";
            Assert.Contains(Errors("public class A { public bool H(System.Collections.Hashtable t) { return t.ContainsKey(1); } }", packages),
                e => e.Contains("CS1061") && e.Contains("ContainsKey"));
            Assert.Empty(Errors("public class A { public bool H(System.Collections.Hashtable t) { return t.Contains(1); } }", packages));
        }

        [Fact]
        public void Collections_types_from_the_real_mscorlib_compile()
        {
            Assert.Empty(Errors("public class A { public int N() { System.Collections.ArrayList l = new System.Collections.ArrayList(); "
                + "l.Add(1); System.Threading.Thread.Sleep(0); return l.Count + System.DateTime.UtcNow.Second; } }"));
        }

        private static IReadOnlyList<string> Errors(string body, string packages = "nanoFramework.CoreLibrary")
        {
            using ScratchSolution s = new ScratchSolution(packages).WithSource("A.cs", Header + body + "\n}\n");
            return s.Check();
        }
    }
}
