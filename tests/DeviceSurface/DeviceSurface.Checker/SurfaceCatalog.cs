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
    /// The reference surface: one declaration-only assembly per nanoFramework assembly we use, compiled in
    /// memory from Surface/&lt;AssemblyName&gt;/*.cs, plus which NuGet package brings which assembly.
    /// </summary>
    public sealed class SurfaceCatalog
    {
        /// <summary>Assemblies in dependency order, each with the surface assemblies it references.</summary>
        public static readonly string[][] Assemblies =
        {
            new[] { "mscorlib" },
            new[] { "nanoFramework.Runtime.Events", "mscorlib" },
            new[] { "nanoFramework.Runtime.Native", "mscorlib" },
            new[] { "nanoFramework.System.Collections", "mscorlib" },
            new[] { "nanoFramework.System.Text", "mscorlib" },
            new[] { "System.Threading", "mscorlib" },
            new[] { "System.IO.Streams", "mscorlib" },
            new[] { "System.IO.FileSystem", "mscorlib" },
            new[] { "System.Net", "mscorlib", "System.IO.Streams", "System.Threading" },
            new[] { "System.Device.Gpio", "mscorlib", "nanoFramework.Runtime.Events" },
            new[] { "System.Device.Wifi", "mscorlib", "System.Net", "System.Threading", "nanoFramework.Runtime.Events" },
            new[] { "nanoFramework.System.Security.Cryptography", "mscorlib" },
            new[] { "nanoFramework.M2Mqtt.Core", "mscorlib" },
            new[] { "nanoFramework.M2Mqtt", "mscorlib", "nanoFramework.M2Mqtt.Core", "System.Net" },
            new[] { "nanoFramework.TestFramework", "mscorlib" },
        };

        /// <summary>NuGet package id to the assembly (surface) it brings.</summary>
        public static readonly IReadOnlyDictionary<string, string> PackageAssemblies =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["nanoFramework.CoreLibrary"] = "mscorlib",
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

        /// <summary>Gets the compiled surface assemblies by name.</summary>
        public IReadOnlyDictionary<string, CSharpCompilation> Compilations
        {
            get { return _compilations; }
        }

        /// <summary>Compiles every surface assembly found under <paramref name="surfaceDir"/>.</summary>
        /// <param name="surfaceDir">The Surface folder.</param>
        /// <param name="errors">Receives one line per compile error of the surface itself.</param>
        /// <returns>The catalog.</returns>
        public static SurfaceCatalog Build(string surfaceDir, List<string> errors)
        {
            Dictionary<string, MetadataReference> refs = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
            Dictionary<string, CSharpCompilation> comps = new Dictionary<string, CSharpCompilation>(StringComparer.Ordinal);
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

        /// <summary>Returns the surface reference for an assembly, or null when no surface declares it.</summary>
        /// <param name="assemblyName">The assembly name.</param>
        /// <returns>The reference or null.</returns>
        public MetadataReference Reference(string assemblyName)
        {
            MetadataReference r;
            return _references.TryGetValue(assemblyName, out r) ? r : null;
        }
    }
}
