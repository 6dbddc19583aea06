// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// The reference surface: the real mscorlib.dll of the nanoFramework.CoreLibrary NuGet package, plus one
    /// declaration-only assembly per other nanoFramework assembly we use, compiled in memory from
    /// Surface/&lt;AssemblyName&gt;/*.cs against that mscorlib, plus which NuGet package brings which assembly.
    /// </summary>
    public sealed class SurfaceCatalog
    {
        /// <summary>The core library's assembly name; it comes from NuGet, not from declarations.</summary>
        public const string CoreLibrary = "mscorlib";

        /// <summary>Declared assemblies in dependency order, each with the assemblies it references.</summary>
        public static readonly string[][] Assemblies =
        {
            new[] { "nanoFramework.Runtime.Events", CoreLibrary },
            new[] { "nanoFramework.Runtime.Native", CoreLibrary },
            new[] { "nanoFramework.System.Collections", CoreLibrary },
            new[] { "nanoFramework.System.Text", CoreLibrary },
            new[] { "System.Threading", CoreLibrary },
            new[] { "System.IO.Streams", CoreLibrary },
            new[] { "System.IO.FileSystem", CoreLibrary, "System.IO.Streams" },
            new[] { "System.Net", CoreLibrary, "System.IO.Streams", "System.Threading" },
            new[] { "System.Device.Gpio", CoreLibrary, "nanoFramework.Runtime.Events" },
            new[] { "System.Device.Wifi", CoreLibrary, "System.Net", "System.Threading", "nanoFramework.Runtime.Events" },
            new[] { "nanoFramework.System.Security.Cryptography", CoreLibrary },
            new[] { "nanoFramework.M2Mqtt.Core", CoreLibrary },
            new[] { "nanoFramework.M2Mqtt", CoreLibrary, "nanoFramework.M2Mqtt.Core", "System.Net" },
            new[] { "nanoFramework.TestFramework", CoreLibrary },
        };

        /// <summary>NuGet package id to the assembly it brings (the real mscorlib or a declared surface).</summary>
        public static readonly IReadOnlyDictionary<string, string> PackageAssemblies =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["nanoFramework.CoreLibrary"] = CoreLibrary,
                ["nanoFramework.Runtime.Events"] = "nanoFramework.Runtime.Events",
                ["nanoFramework.Runtime.Native"] = "nanoFramework.Runtime.Native",
                ["nanoFramework.System.Collections"] = "nanoFramework.System.Collections",
                ["nanoFramework.System.Text"] = "nanoFramework.System.Text",
                ["nanoFramework.System.Threading"] = "System.Threading",
                ["nanoFramework.System.IO.Streams"] = "System.IO.Streams",
                ["nanoFramework.System.IO.FileSystem"] = "System.IO.FileSystem",
                ["nanoFramework.System.Net"] = "System.Net",
                ["nanoFramework.System.Device.Gpio"] = "System.Device.Gpio",
                ["nanoFramework.System.Device.Wifi"] = "System.Device.Wifi",
                ["nanoFramework.System.Security.Cryptography"] = "nanoFramework.System.Security.Cryptography",
                ["nanoFramework.M2Mqtt.Core"] = "nanoFramework.M2Mqtt.Core",
                ["nanoFramework.M2Mqtt"] = "nanoFramework.M2Mqtt",
                ["nanoFramework.TestFramework"] = "nanoFramework.TestFramework",
            };

        /// <summary>
        /// Further assemblies a package carries besides its main one: the M2Mqtt package ships
        /// nanoFramework.M2Mqtt.Core.dll in its own lib folder, so a project needs no separate Core package.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, string[]> PackageExtraAssemblies =
            new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
            {
                ["nanoFramework.M2Mqtt"] = new[] { "nanoFramework.M2Mqtt.Core" },
            };

        private readonly Dictionary<string, MetadataReference> _references;
        private readonly Dictionary<string, CSharpCompilation> _compilations;

        private SurfaceCatalog(Dictionary<string, MetadataReference> references, Dictionary<string, CSharpCompilation> compilations)
        {
            _references = references;
            _compilations = compilations;
        }

        /// <summary>Gets the compiled (declared) surface assemblies by name; mscorlib is not among them.</summary>
        public IReadOnlyDictionary<string, CSharpCompilation> Compilations
        {
            get { return _compilations; }
        }

        /// <summary>
        /// Gets the path of the real mscorlib.dll: the build copies it from the restored nanoFramework.CoreLibrary
        /// package next to the checker (see DeviceSurface.Checker.csproj).
        /// </summary>
        public static string DefaultMscorlibPath
        {
            get { return Path.Combine(AppContext.BaseDirectory, "nanoFramework", CoreLibrary + ".dll"); }
        }

        /// <summary>Gets the CoreLibrary package version the checker was built with.</summary>
        public static string CoreLibraryVersion
        {
            get { return BuildMetadata("NanoCoreLibraryVersion"); }
        }

        /// <summary>Gets the folder of the restored CoreLibrary package the checker was built from.</summary>
        public static string CoreLibraryPackageFolder
        {
            get { return BuildMetadata("NanoCoreLibraryPackage"); }
        }

        /// <summary>Compiles every surface assembly found under <paramref name="surfaceDir"/> against the real mscorlib.</summary>
        /// <param name="surfaceDir">The Surface folder.</param>
        /// <param name="errors">Receives one line per compile error of the surface itself.</param>
        /// <returns>The catalog.</returns>
        public static SurfaceCatalog Build(string surfaceDir, List<string> errors)
        {
            return Build(surfaceDir, DefaultMscorlibPath, errors);
        }

        /// <summary>Compiles every surface assembly found under <paramref name="surfaceDir"/> against a given mscorlib.</summary>
        /// <param name="surfaceDir">The Surface folder.</param>
        /// <param name="mscorlibPath">The mscorlib.dll every surface and project is compiled against.</param>
        /// <param name="errors">Receives one line per compile error of the surface itself.</param>
        /// <returns>The catalog.</returns>
        public static SurfaceCatalog Build(string surfaceDir, string mscorlibPath, List<string> errors)
        {
            Dictionary<string, MetadataReference> refs = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
            Dictionary<string, CSharpCompilation> comps = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
            if (File.Exists(mscorlibPath))
            {
                refs[CoreLibrary] = MetadataReference.CreateFromFile(mscorlibPath);
            }
            else
            {
                errors.Add("surface " + CoreLibrary + ": " + mscorlibPath + " not found (build the checker: it copies mscorlib.dll from the nanoFramework.CoreLibrary package)");
            }

            foreach (string[] entry in Assemblies)
            {
                string name = entry[0];
                string dir = Path.Combine(surfaceDir, name);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                List<SyntaxTree> trees = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), DeviceCompiler.ParseOptions, f))
                    .ToList();
                List<MetadataReference> deps = entry.Skip(1).Where(refs.ContainsKey).Select(d => refs[d]).ToList();
                CSharpCompilation c = CSharpCompilation.Create(name, trees, deps, DeviceCompiler.Options(false));
                foreach (Diagnostic d in c.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error))
                {
                    errors.Add("surface " + name + ": " + DeviceCompiler.Format(d, surfaceDir));
                }

                comps[name] = c;
                refs[name] = c.ToMetadataReference();
            }

            return new SurfaceCatalog(refs, comps);
        }

        private static string BuildMetadata(string key)
        {
            return typeof(SurfaceCatalog).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>()
                .Where(a => a.Key == key)
                .Select(a => a.Value)
                .FirstOrDefault();
        }

        /// <summary>Returns the reference for an assembly (the real mscorlib or a declared surface), or null when there is none.</summary>
        /// <param name="assemblyName">The assembly name.</param>
        /// <returns>The reference or null.</returns>
        public MetadataReference Reference(string assemblyName)
        {
            MetadataReference r;
            return _references.TryGetValue(assemblyName, out r) ? r : null;
        }
    }
}
